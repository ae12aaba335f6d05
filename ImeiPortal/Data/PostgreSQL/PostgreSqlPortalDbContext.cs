using ImeiPortal.Domain.Journal;
using ImeiPortal.Domain.Network;
using ImeiPortal.Domain.Notifications;
using ImeiPortal.Domain.Sims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// The portal's store on PostgreSQL: the same model as <see cref="PortalDbContext"/>, its own type so that its
/// generated migrations (Data/Migrations/PostgreSQL) are told apart from SQLite's, EF's documented way to keep one
/// model on two providers. Services keep asking for <see cref="PortalDbContext"/>.
/// </summary>
/// <remarks>
/// The history tables are partitioned by month here (see <see cref="PostgreSqlRetentionStore"/>), and PostgreSQL
/// wants every unique key of a partitioned table, the primary key included, to hold the partition key, and a foreign key
/// to one to name such a key. So on this provider those keys carry the row's time: rows are still looked up by id
/// (the key's first column serves that), a delivery names its notification by id and creation time, a repeated
/// <c>DetectionId</c> or <c>RecordId</c> is a conflict when it comes with the same time (a resent report does).
/// </remarks>
public sealed class PostgreSqlPortalDbContext(DbContextOptions<PostgreSqlPortalDbContext> options) : PortalDbContext(options)
{
    /// <summary>Shadow property of a delivery on this provider: its notification's <see cref="Notification.CreatedAt"/>.</summary>
    public const string NotificationCreatedAt = nameof(NotificationCreatedAt);

    /// <summary>The table of <see cref="Sim.ImeiLastSeenAt"/> on this provider, keyed by the SIM's id.</summary>
    public const string SimLastSeenTable = "SimLastSeen";

    // A tenth of each page left free: room for a SIM's next version beside the current one, so its update stays HOT.
    private const int SimsFillFactor = 90;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // Every context on this provider (the app's, the tools', the tests') orders NULL as SQLite does.
        optionsBuilder.ReplaceService<IQuerySqlGeneratorFactory, NullsSmallestQuerySqlGeneratorFactory>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // A SIM is searched by the prefix of its identifiers (LIKE 'digits%'). PostgreSQL's btree serves a LIKE prefix only
        // under the "C" collation, and the database's own (e.g. en_US.UTF-8, or C.UTF-8 before PostgreSQL 17) left every
        // search a scan of all SIMs (bench/README.md, 2026-12-02). Identifiers are digits, compared ordinally as the
        // app's StartsWith is, so "C" changes no answer and no order, and the existing indexes serve the search.
        var sim = builder.Entity<Sim>();
        foreach (var identifier in new[] { nameof(Sim.Iccid), nameof(Sim.Imsi), nameof(Sim.Msisdn), nameof(Sim.Imei) })
        {
            sim.Property(identifier).UseCollation("C");
        }

        // The feed's everyday write is a SIM's "last seen" (and its history head and version). PostgreSQL rewrites a
        // row in place without touching its indexes (a HOT update) only when no indexed column changed and its page has
        // room; "last seen" is indexed for the list's sort, so each report inserted into all 13 of the SIMs' indexes:
        // 70 us of the database a report, most of the repeat feed's cost (bench/README.md, 2026-12-03 evening). It lives
        // in a narrow table of its own, one row per SIM, where its index is one of two; the SIM row's own update then is
        // HOT, given the free space a fill factor below 100 keeps on each page. EF joins the two tables only where a query
        // reads "last seen". SQLite rewrites only the indexes whose columns changed, so it keeps one table. EF has no
        // ExecuteUpdate/ExecuteDelete for a split entity: change SIMs through tracked entities or the stores' SQL.
        sim.SplitToTable(SimLastSeenTable, table => table.Property(s => s.ImeiLastSeenAt));
        sim.HasStorageParameter("fillfactor", SimsFillFactor);
        // The list's "last seen" sorts (SimQuery.Order) break ties by id, which this table holds, so one index serves
        // both directions to the page's end, never-seen SIMs included: ascending forward, descending backward. NULLS
        // FIRST as NullsSmallestQuerySqlGenerator orders them; a tie-break by ICCID (in the other table) sorted the
        // whole never-seen group, a tenth of the fleet, for each such page.
        RemoveIndexOn(sim.Metadata, nameof(Sim.ImeiLastSeenAt));
        sim.HasIndex(s => new { s.ImeiLastSeenAt, s.Id }).HasNullSortOrder(NullSortOrder.NullsFirst, NullSortOrder.Unspecified);

        var detection = builder.Entity<Detection>();
        detection.HasKey(d => new { d.Id, d.ObservedAt });
        RemoveIndexOn(detection.Metadata, nameof(Detection.DetectionId));
        detection.HasIndex(d => new { d.DetectionId, d.ObservedAt }).IsUnique();

        var usage = builder.Entity<UsageRecord>();
        usage.HasKey(u => new { u.Id, u.Start });
        usage.Property(u => u.Id).ValueGeneratedOnAdd().UseIdentityByDefaultColumn();
        RemoveIndexOn(usage.Metadata, nameof(UsageRecord.RecordId));
        usage.HasIndex(u => new { u.RecordId, u.Start }).IsUnique();

        var notification = builder.Entity<Notification>();
        notification.HasKey(n => new { n.Id, n.CreatedAt });
        notification.Property(n => n.Id).ValueGeneratedOnAdd().UseIdentityByDefaultColumn();
        builder.Entity<NotificationDelivery>().Property<DateTime>(NotificationCreatedAt);
        notification.HasMany(n => n.Deliveries).WithOne()
            .HasForeignKey(nameof(NotificationDelivery.NotificationId), NotificationCreatedAt)
            .HasPrincipalKey(n => new { n.Id, n.CreatedAt })
            .OnDelete(DeleteBehavior.Cascade);

        var journal = builder.Entity<JournalEntry>();
        journal.HasKey(j => new { j.Id, j.At });
        journal.Property(j => j.Id).ValueGeneratedOnAdd().UseIdentityByDefaultColumn();
    }

    private static void RemoveIndexOn(Microsoft.EntityFrameworkCore.Metadata.IMutableEntityType entity, string property)
    {
        var index = entity.FindIndex(entity.FindProperty(property)!) ?? throw new InvalidOperationException($"{entity.DisplayName()} has no index on {property}.");
        entity.RemoveIndex(index);
    }
}
