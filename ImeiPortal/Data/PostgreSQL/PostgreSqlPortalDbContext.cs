using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The portal's store on PostgreSQL: the same model as <see cref="PortalDbContext"/>, its own type only so that its
/// generated migrations (Data/Migrations/PostgreSQL) are told apart from SQLite's, EF's documented way to keep one
/// model on two providers. Services keep asking for <see cref="PortalDbContext"/>.
/// </summary>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options);
