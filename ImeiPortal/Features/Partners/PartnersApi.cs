using Microsoft.AspNetCore.Http.HttpResults;

namespace ImeiPortal.Features.Partners;

public static class PartnersApi
{
    public static void MapPortalPartnersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/partners").WithTags("Partners");
        group.MapGet("/", static (PartnerService partners, CancellationToken ct) => partners.ListAsync(ct));
        group.MapGet("/{id:int}", static (int id, PartnerService partners, CancellationToken ct) => partners.GetAsync(id, ct));
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:int}/two-factor", static (int id, PartnerTwoFactorRequest request, PartnerService partners, CancellationToken ct) =>
            partners.SetTwoFactorRequiredAsync(id, request, ct));
    }

    private static async Task<Created<PartnerDto>> CreateAsync(CreatePartnerRequest request, PartnerService partners, CancellationToken ct)
    {
        var partner = await partners.CreateAsync(request, ct);
        return TypedResults.Created($"/api/partners/{partner.Id}", partner);
    }
}
