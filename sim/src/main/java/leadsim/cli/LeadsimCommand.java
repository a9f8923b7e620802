package leadsim.cli;

import picocli.CommandLine.Command;

@Command(
        name = "leadsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Simulates decision flow in schools under hierarchical or distributed leadership.",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, CompareCommand.class,
                MergeCommand.class, ReportCommand.class, DemoCommand.class, BenchCommand.class, SweepBenchCommand.class,
                ReplicateCommand.class,
                picocli.CommandLine.HelpCommand.class})
public final class LeadsimCommand {}
