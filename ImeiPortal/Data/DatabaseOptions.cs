using Microsoft.Extensions.Options;

namespace ImeiPortal.Data;

/// <summary>Which database engine holds the portal's store (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One embedded file: <c>dotnet run</c> and small fleets.</summary>
    Sqlite,

    /// <summary>A server database: large fleets and several portal instances on one store.</summary>
    PostgreSQL,
}

/// <summary>
/// The store (<c>Database:*</c> and <c>ConnectionStrings:Portal</c>). Read while services are registered, since the
/// provider decides which services exist; so a bad value stops the start there, naming the key.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringKey = "ConnectionStrings:Portal";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The provider's own connection string.</summary>
    public string ConnectionString { get; init; } = string.Empty;

    /// <param name="defaultSqliteFolder">Where the SQLite file goes when no connection string is configured.</param>
    /// <exception cref="OptionsValidationException">The provider is unknown, or PostgreSQL has no connection string.</exception>
    public static DatabaseOptions Read(IConfiguration configuration, string defaultSqliteFolder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{Section}:{nameof(Provider)}"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(configured)
            && (!Enum.TryParse(configured.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider)))
        {
            throw Invalid($"{Section}:{nameof(Provider)}: '{configured}' is not a database provider; use {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Portal");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw Invalid($"{ConnectionStringKey}: a connection string is required when {Section}:{nameof(Provider)} is {provider}.");
            }

            Directory.CreateDirectory(defaultSqliteFolder);
            connectionString = $"Data Source={Path.Combine(defaultSqliteFolder, "imeiportal.db")}";
        }

        return new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
    }

    private static OptionsValidationException Invalid(string failure) =>
        new(Section, typeof(DatabaseOptions), [failure]);
}
