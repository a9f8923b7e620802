package leadsim.cli;

import leadsim.experiment.store.BuildInfo;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "leadsim " + BuildInfo.version(),
            "MASON " + BuildInfo.masonVersion() + ", " + BuildInfo.jvm()
        };
    }
}
