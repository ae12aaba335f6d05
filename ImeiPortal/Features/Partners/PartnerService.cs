using ImeiPortal.Data;
using ImeiPortal.Domain.Tenancy;
using ImeiPortal.Features.Common;
using ImeiPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace ImeiPortal.Features.Partners;

public sealed record PartnerDto(int Id, string Name, DateTime CreatedAt);

public sealed record CreatePartnerRequest(string? Name);

public sealed class PartnerService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<PartnerDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Partners.VisibleTo(user).OrderBy(p => p.Name)
            .Select(p => new PartnerDto(p.Id, p.Name, p.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<PartnerDto> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Partners.VisibleTo(user).Where(p => p.Id == id)
            .Select(p => new PartnerDto(p.Id, p.Name, p.CreatedAt))
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
        return new PartnerDto(partner.Id, partner.Name, partner.CreatedAt);
    }
}
