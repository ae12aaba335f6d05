using ImeiPortal.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ImeiPortal.Features.Exports;

public static class ExportsApi
{
    public static void MapPortalExportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exports").WithTags("Exports");
        group.MapGet("/{name}.{format}", ExportAsync)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: ExportService.ContentType(ExportFormat.Xlsx))
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>GET /download/exports/{token}: cookie-authenticated, for the portal's pages (the API has its own export endpoints).</summary>
    public static void MapPortalExportDownloads(this WebApplication app) =>
        app.MapGet("/download/exports/{token}", Download).RequireAuthorization();

    private static Results<FileStreamHttpResult, NotFound> Download(string token, PreparedExports exports, ICurrentUser user)
    {
        var prepared = exports.Take(token, user.UserId);
        if (prepared is null || !File.Exists(prepared.Path))
        {
            return TypedResults.NotFound();
        }

        var stream = new FileStream(prepared.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return TypedResults.File(stream, prepared.ContentType, prepared.FileName);
    }

    private static async Task ExportAsync(string name, string format, [AsParameters] ExportFilters filters,
        ExportService exports, HttpContext http, CancellationToken ct)
    {
        if (!ExportService.Names.TryGetValue(name, out var kind))
        {
            throw new Common.NotFoundException("Export", name);
        }

        var fileFormat = format switch
        {
            "csv" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            _ => throw new Common.NotFoundException("Export format", format),
        };

        // The service validates the filters and runs the query before the first byte, so a bad filter is
        // still a 400 problem (the headers set here are cleared by the exception handler).
        http.Response.ContentType = ExportService.ContentType(fileFormat);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{exports.FileName(kind, fileFormat)}\"";
        // The writers (CSV, and XLSX through ZIP) write synchronously; a buffer keeps the ZIP's small writes large.
        http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        // Not disposed on failure: disposing flushes, which would start the response and hide the problem answer.
#pragma warning disable CA2000
        var body = new BufferedStream(http.Response.Body, 1 << 16);
#pragma warning restore CA2000
        await exports.WriteAsync(kind, fileFormat, filters, body, progress: null, ct);
        await body.FlushAsync(ct);
        await body.DisposeAsync();
    }
}
