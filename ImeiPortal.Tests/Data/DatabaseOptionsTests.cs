using ImeiPortal.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Tests.Data;

public sealed class DatabaseOptionsTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "imeiportal-tests", "options-" + Guid.NewGuid().ToString("N"));

    private static DatabaseOptions Read(params (string Key, string Value)[] settings) =>
        DatabaseOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(), Folder);

    [Fact]
    public void Read_NothingConfigured_IsSqliteInTheDataFolder()
    {
        var options = Read();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal($"Data Source={Path.Combine(Folder, "imeiportal.db")}", options.ConnectionString);
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgresql")]
    public void Read_PostgreSqlWithConnectionString_IsPostgreSql(string provider)
    {
        var options = Read(("Database:Provider", provider), ("ConnectionStrings:Portal", "Host=db;Database=portal"));

        Assert.Equal(DatabaseProvider.PostgreSQL, options.Provider);
        Assert.Equal("Host=db;Database=portal", options.ConnectionString);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("7")]
    public void Read_UnknownProvider_FailsNamingTheKeyAndTheChoices(string provider)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Read(("Database:Provider", provider)));

        Assert.Contains("Database:Provider", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite or PostgreSQL", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PostgreSqlWithoutConnectionString_FailsNamingTheKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Read(("Database:Provider", "PostgreSQL")));

        Assert.Contains("ConnectionStrings:Portal", failure.Message, StringComparison.Ordinal);
    }
}
