/**
 * The events an instructor (or a lesson) makes happen in a running demo, each built as the
 * scenario language's own event and handed to the model.
 */
package leadsim.demo.event;
