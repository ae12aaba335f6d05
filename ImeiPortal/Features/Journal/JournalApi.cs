namespace ImeiPortal.Features.Journal;

public static class JournalApi
{
    public static void MapPortalJournalApi(this RouteGroupBuilder api) =>
        api.MapGroup("/journal").WithTags("Journal")
            .MapGet("/", static ([AsParameters] JournalQuery query, JournalService journal, CancellationToken ct) => journal.ListAsync(query, ct));
}
