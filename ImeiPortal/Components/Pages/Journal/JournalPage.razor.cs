using ImeiPortal.Features.Common;
using ImeiPortal.Components.Shared;
using MudBlazor;
using ImeiPortal.Features.Journal;
using ImeiPortal.Features.Users;
using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Components.Pages.Journal;

public partial class JournalPage
{
    private static readonly string[] Entities = ["Alarm", "ApiKey", "Customer", "Order", "Partner", "ServiceProfile", "Sim", "User", "UserRole"];

    private const int PageSize = 25;

    private readonly HashSet<JournalEntryDto> _expanded = [];
    private IReadOnlyList<JournalEntryDto> _rows = [];
    private int _page = 1;
    private IReadOnlyList<UserDto> _users = [];
    private int _total;
    private bool _loading = true;
    private string? _entity, _userId;
    private string _entityId = "";
    private DateTime? _from, _to;

    [SupplyParameterFromQuery(Name = "entity")] public string? EntityFromQuery { get; set; }

    [SupplyParameterFromQuery(Name = "entityId")] public string? EntityIdFromQuery { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _entity = EntityFromQuery;
        _entityId = EntityIdFromQuery ?? "";
        _users = (await Users.ListAsync(new UserQuery(PageSize: PageRequest.MaxPageSize))).Items;
        await LoadAsync(1);
    }

    private Task ApplyAsync() => LoadAsync(1);

    private void Toggle(JournalEntryDto entry)
    {
        if (!_expanded.Remove(entry))
        {
            _expanded.Add(entry);
        }
    }

    private async Task FilterOnAsync(JournalEntryDto e)
    {
        (_entity, _entityId) = (e.Entity, e.EntityId ?? "");
        await ApplyAsync();
    }

    private async Task LoadAsync(int page)
    {
        _loading = true;
        _page = page;
        _expanded.Clear();
        await UiErrors.RunAsync(Toasts, async () =>
        {
            var result = await Journal.ListAsync(new JournalQuery(_entity, _entityId, _userId, _from, _to, page, PageSize));
            (_rows, _total) = (result.Items, result.Total);
        });
        _loading = false;
    }

    private string UserName(string? id) => id is null ? "" : _users.FirstOrDefault(u => u.Id == id)?.Email ?? id;

    /// <summary>The changed fields' names, so the row says what happened before it is expanded.</summary>
    internal static string Summary(JournalEntryDto e)
    {
        var changed = e.Changes.Select(c => c.Field).ToList();
        return changed.Count switch
        {
            0 => "",
            <= 5 => string.Join(", ", changed),
            _ => $"{string.Join(", ", changed.Take(5))} and {changed.Count - 5} more",
        };
    }
}
