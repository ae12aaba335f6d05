using ImeiPortal.Data;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Users;

public sealed record UserDto(string Id, string Email, IReadOnlyList<string> Roles, int? PartnerId, int? CustomerId, bool Active, bool LockedOut, DateTime CreatedAt,
    bool TwoFactorEnabled = false);

public sealed record CreateUserRequest(string? Email, string? Password, List<string>? Roles, int? PartnerId, int? CustomerId);

public sealed record UpdateUserRequest(List<string>? Roles, bool? Active);

public sealed record UserQuery(string? Search = null, int? PartnerId = null, int? CustomerId = null, int Page = 1, int PageSize = 50);

/// <summary>
/// Users are created by admins only (no self-registration). A caller may grant only roles of a tenant level
/// it manages: Admin any, PartnerAdmin partner and customer roles of its partner, CustomerAdmin customer roles.
/// </summary>
public sealed class UserService(
    IDbContextFactory<PortalDbContext> dbFactory,
    UserManager<PortalUser> userManager,
    IUserStore<PortalUser> store,
    Auth.PasswordLinkService links,
    ICurrentUser user,
    TimeProvider clock)
{
    public async Task<PagedResult<UserDto>> ListAsync(UserQuery query, CancellationToken cancellationToken = default)
    {
        var page = new PageRequest(query.Page, query.PageSize).Validated();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking().VisibleTo(user);
        if (query.PartnerId is { } partnerId)
        {
            users = users.Where(u => u.PartnerId == partnerId);
        }

        if (query.CustomerId is { } customerId)
        {
            users = users.Where(u => u.CustomerId == customerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(search));
        }

        var total = await users.CountAsync(cancellationToken);
        var rows = await page.Of(users.OrderBy(u => u.Email), total).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new PagedResult<UserDto>(rows.Select(u => ToDto(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(), now)).ToList(), total);
    }

    public async Task<UserDto> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var target = await FindAsync(id, cancellationToken);
        return ToDto(target, [.. (await userManager.GetRolesAsync(target)).Order()], clock.GetUtcNow());
    }

    public async Task<UserDto> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken = default)
    {
        var roles = (request.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        var validation = new Validation().Required("email", request.Email, 256);
        if (!string.IsNullOrWhiteSpace(request.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(request.Email.Trim()))
        {
            validation.Add("email", "email is not a valid address.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (partnerId, customerId) = await user.ResolveOwnerAsync(db, request.PartnerId, request.CustomerId, cancellationToken);
        ValidateRoles(validation, roles, customerId is not null ? TenantLevel.Customer : partnerId is not null ? TenantLevel.Partner : TenantLevel.Platform);
        validation.ThrowIfInvalid();
        user.Require(Permission.ManageUsers);
        EnsureMayGrant(roles);

        var email = request.Email!.Trim();
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException($"A user with email '{email}' already exists.");
        }

        var created = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            PartnerId = partnerId,
            CustomerId = customerId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // Without a password the user is invited: they choose it through the mailed link, and cannot sign in until then.
        ThrowOnError(string.IsNullOrEmpty(request.Password) ? await userManager.CreateAsync(created) : await userManager.CreateAsync(created, request.Password), "password");
        ThrowOnError(await userManager.AddToRolesAsync(created, roles), "roles");
        if (string.IsNullOrEmpty(request.Password))
        {
            await links.InviteAsync(created);
        }

        return ToDto(created, [.. roles.Order()], clock.GetUtcNow());
    }

    public async Task<UserDto> UpdateAsync(string id, UpdateUserRequest request, CancellationToken cancellationToken = default)
    {
        var target = await FindAsync(id, cancellationToken);
        user.Require(Permission.ManageUsers);
        var level = target.CustomerId is not null ? TenantLevel.Customer : target.PartnerId is not null ? TenantLevel.Partner : TenantLevel.Platform;
        var validation = new Validation();
        if (request.Roles is not null)
        {
            ValidateRoles(validation, request.Roles, level);
        }

        if (target.Id == user.UserId && (request.Active == false || (request.Roles is not null && !request.Roles.SequenceEqual(user.Roles))))
        {
            // Prevents an admin from locking the last door behind themselves.
            validation.Add("id", "You cannot deactivate yourself or change your own roles.");
        }

        validation.ThrowIfInvalid();
        var current = await userManager.GetRolesAsync(target);
        EnsureMayGrant(current);
        var changed = false;
        if (request.Roles is { } wanted)
        {
            EnsureMayGrant(wanted);
            ThrowOnError(await userManager.RemoveFromRolesAsync(target, current.Except(wanted)), "roles");
            ThrowOnError(await userManager.AddToRolesAsync(target, wanted.Distinct().Except(current)), "roles");
            changed = !current.ToHashSet(StringComparer.Ordinal).SetEquals(wanted);
        }

        if (request.Active is { } active && active != target.IsActive)
        {
            target.IsActive = active;
            changed = true;
        }

        if (changed)
        {
            // A new stamp ends the user's API tokens at their next call, and sessions and open pages within seconds.
            ThrowOnError(await userManager.UpdateSecurityStampAsync(target), "active");
        }

        return ToDto(target, [.. (await userManager.GetRolesAsync(target)).Order()], clock.GetUtcNow());
    }

    /// <summary>
    /// Turns off a user's two-factor sign-in when they lost their authenticator and recovery codes: whoever manages the
    /// user may, even if the partner requires it (the user then enrols again at the next sign-in). The new key and stamp
    /// end the user's sessions and tokens. Not through an API key: a leaked key must not strip anyone's second factor.
    /// </summary>
    public async Task ResetTwoFactorAsync(string id, CancellationToken cancellationToken = default)
    {
        if (user.UserId?.StartsWith(ApiKeyAuthentication.ActorPrefix, StringComparison.Ordinal) == true)
        {
            throw new ForbiddenException("Only a signed-in user may reset another user's two-factor sign-in, not an API key.");
        }

        var target = await FindAsync(id, cancellationToken);
        user.Require(Permission.ManageUsers);
        EnsureMayGrant(await userManager.GetRolesAsync(target));
        ThrowOnError(await TwoFactorEnrolment.TurnOffAsync(userManager, store, target, cancellationToken), "id");
    }

    private async Task<PortalUser> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await userManager.Users.VisibleTo(user).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return found ?? throw new NotFoundException("User", id);
    }

    private static void ValidateRoles(Validation validation, List<string> roles, TenantLevel level)
    {
        if (roles.Count == 0)
        {
            validation.Add("roles", "At least one role is required.");
            return;
        }

        foreach (var role in roles.Where(r => !Roles.IsKnown(r)))
        {
            validation.Add("roles", $"Unknown role '{role}'. Known roles: {string.Join(", ", Roles.All)}.");
        }

        var allowed = level switch
        {
            TenantLevel.Customer => Roles.CustomerRoles,
            TenantLevel.Partner => Roles.PartnerRoles,
            _ => [Roles.Admin],
        };
        foreach (var role in roles.Where(r => Roles.IsKnown(r) && !allowed.Contains(r)))
        {
            validation.Add("roles", $"Role '{role}' does not fit a {level} user; use {string.Join(", ", allowed)}.");
        }
    }

    private void EnsureMayGrant(IEnumerable<string> roles)
    {
        var grantable = user.Level switch
        {
            TenantLevel.Platform => Roles.All,
            TenantLevel.Partner => [.. Roles.PartnerRoles, .. Roles.CustomerRoles],
            TenantLevel.Customer => Roles.CustomerRoles,
            _ => [],
        };
        var refused = roles.Where(r => !grantable.Contains(r)).ToList();
        if (refused.Count > 0)
        {
            throw new ForbiddenException($"You may not grant or change the role(s) {string.Join(", ", refused)}.");
        }
    }

    private static void ThrowOnError(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static UserDto ToDto(PortalUser u, IReadOnlyList<string> roles, DateTimeOffset now) =>
        new(u.Id, u.Email ?? "", roles, u.PartnerId, u.CustomerId, u.IsActive, u.LockoutEnd > now, u.CreatedAt, u.TwoFactorEnabled);
}
