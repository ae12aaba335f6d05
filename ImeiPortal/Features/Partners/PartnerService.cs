using ImeiPortal.Data;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Partners;

public sealed record PartnerDto(int Id, string Name, DateTime CreatedAt, bool TwoFactorRequired = false);

public sealed record PartnerTwoFactorRequest(bool? Required);

public sealed record CreatePartnerRequest(string? Name);

public sealed class PartnerService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<PartnerDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Partners.VisibleTo(user).OrderBy(p => p.Name)
            .Select(p => new PartnerDto(p.Id, p.Name, p.CreatedAt, p.TwoFactorRequired))
            .ToListAsync(cancellationToken);
    }

    public async Task<PartnerDto> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Partners.VisibleTo(user).Where(p => p.Id == id)
            .Select(p => new PartnerDto(p.Id, p.Name, p.CreatedAt, p.TwoFactorRequired))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Partner", id);
    }

    public async Task<PartnerDto> CreateAsync(CreatePartnerRequest request, CancellationToken cancellationToken = default)
    {
        user.Require(Permission.ManagePartners);
        new Validation().Required("name", request.Name).ThrowIfInvalid();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = request.Name!.Trim();
        if (await db.Partners.AnyAsync(p => p.Name == name, cancellationToken))
        {
            throw new ConflictException($"A partner named '{name}' already exists.");
        }

        var partner = new Partner(name, clock.GetUtcNow().UtcDateTime);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return new PartnerDto(partner.Id, partner.Name, partner.CreatedAt, partner.TwoFactorRequired);
    }

    /// <summary>
    /// Whether the partner's users (its customers' included) must sign in with a second factor: the platform admin for
    /// any partner, a PartnerAdmin for its own (as it manages those users).
    /// </summary>
    public async Task<PartnerDto> SetTwoFactorRequiredAsync(int id, PartnerTwoFactorRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partner = await db.Partners.VisibleTo(user).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Partner", id);
        if (request.Required is null)
        {
            throw new ValidationFailedException("required", "required (true or false) is required.");
        }

        if (!(user.Level == TenantLevel.Platform ? user.Has(Permission.ManagePartners) : user.Level == TenantLevel.Partner && user.Has(Permission.ManageUsers)))
        {
            throw new ForbiddenException("Only the platform admin or the partner's admin may change its two-factor requirement.");
        }

        partner.RequireTwoFactor(request.Required.Value);
        await db.SaveChangesAsync(cancellationToken);
        return new PartnerDto(partner.Id, partner.Name, partner.CreatedAt, partner.TwoFactorRequired);
    }
}
