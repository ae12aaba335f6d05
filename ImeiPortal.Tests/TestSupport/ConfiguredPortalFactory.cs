namespace ImeiPortal.Tests.TestSupport;

/// <summary>The app with extra settings, e.g. a database shared by two hosts to simulate a restart.</summary>
public sealed class ConfiguredPortalFactory(IDictionary<string, string?> settings) : PortalFactory
{
    protected override IDictionary<string, string?> Settings => settings;
}
