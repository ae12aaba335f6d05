using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The portal's store on PostgreSQL: the same model as <see cref="PortalDbContext"/>, its own type only so that its
/// generated migrations (Data/Migrations/PostgreSQL) are told apart from SQLite's, EF's documented way to keep one
/// model on two providers. Services keep asking for <see cref="PortalDbContext"/>.
/// </summary>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options);

/// <summary>
/// For <c>dotnet ef migrations add --context PostgreSqlPortalDbContext</c>: a model needs no server, so no connection is
/// made and the app's own start (SQLite by default) is not involved.
/// </summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlPortalDbContext>
{
    public PostgreSqlPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlPortalDbContext>().UseNpgsql("Host=localhost;Database=imeiportal_design").Options);
}
