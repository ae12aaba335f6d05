using System.Data.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Data;

/// <summary>
/// Reads whether a user is active and the security stamp their row holds now. Every API call with a bearer token asks
/// (the token must be revoked the moment its user is deactivated or changed), so each provider answers it past EF with a
/// statement kept prepared on the same connections as the session look-up's: through EF, making a context, opening its
/// connection and preparing the query were most of the check, which was about a tenth of a SIM list request
/// (bench/README.md, 2026-12-02).
/// </summary>
public interface IUserStateLookup
{
    /// <summary>The user's state; null when no user has that id.</summary>
    ValueTask<UserState?> FindAsync(string userId, CancellationToken cancellationToken);
}

public readonly record struct UserState(bool IsActive, string? SecurityStamp);

/// <summary>The look-up's statement, named from the EF model like the other stores' SQL, and the reading of its row.</summary>
internal static class UserStateSql
{
    /// <param name="parameter">The provider's marker for the user's id.</param>
    public static string Select(DbContext db, string parameter) =>
        $"SELECT {StoreSql.Column<PortalUser>(db, nameof(PortalUser.IsActive))}, {StoreSql.Column<PortalUser>(db, nameof(PortalUser.SecurityStamp))}"
        + $" FROM {StoreSql.Table<PortalUser>(db)} WHERE {StoreSql.Column<PortalUser>(db, nameof(PortalUser.Id))} = {parameter}";

    public static UserState Read(DbDataReader row) => new(row.GetBoolean(0), row.IsDBNull(1) ? null : row.GetString(1));
}
