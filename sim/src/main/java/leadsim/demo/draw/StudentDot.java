package leadsim.demo.draw;

/** A student on the display: the model keeps students as arrays, the field needs an object. */
record StudentDot(int index) implements java.io.Serializable {}
