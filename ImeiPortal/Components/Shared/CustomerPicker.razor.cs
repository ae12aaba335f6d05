using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Components.Shared;

public sealed partial class CustomerPicker
{
    /// <summary>Options offered at once; more matches say so and ask the user to type on.</summary>
    internal const int Shown = 20;

    private Choice? _chosen;

    // The value _chosen was last set for: the user's choice or the page's.
    private int? _named;

    [Inject] private CustomerService Customers { get; set; } = default!;

    /// <summary>The chosen customer's id; null while none is chosen.</summary>
    [Parameter] public int? Value { get; set; }

    [Parameter] public EventCallback<int?> ValueChanged { get; set; }

    [Parameter] public string? Label { get; set; }

    [Parameter] public string? Placeholder { get; set; }

    /// <summary>Offers only this partner's customers (the service limits the rest to the user's tenant anyway).</summary>
    [Parameter] public int? PartnerId { get; set; }

    [Parameter] public bool Clearable { get; set; }

    [Parameter] public bool Disabled { get; set; }

    /// <summary>The input's element id, as the page's other fields have.</summary>
    [Parameter] public string? Id { get; set; }

    [Parameter] public string? Class { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Value == _named)
        {
            return;
        }

        // The page set the value (a URL, a loaded form): name it, once per value, however often the page renders.
        // One the user may not see shows as nothing.
        var asked = _named = Value;
        Choice? customer = null;
        try
        {
            customer = asked is { } id ? Choice.Of(await Customers.GetAsync(id)) : null;
        }
        catch (NotFoundException)
        {
            // Outside the user's scope, or deleted: nothing to name.
        }

        if (asked == Value)
        {
            _chosen = customer;
        }
    }

    private async Task<IEnumerable<Choice>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        try
        {
            // One more than shown tells the list that there are more.
            var found = await Customers.ListAsync(new CustomerQuery(Search: text, PartnerId: PartnerId, PageSize: Shown + 1), cancellationToken);
            return found.Items.Select(Choice.Of);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The user typed on: a newer search answers.
            return [];
        }
    }

    private async Task ChooseAsync(Choice? customer)
    {
        (_chosen, _named) = (customer, customer?.Id);
        await ValueChanged.InvokeAsync(customer?.Id);
    }

    /// <summary>
    /// An option, equal to any other of the same customer. The list keys its options by value, and the picker searches
    /// twice for one typed text (on focus and when the typing pauses): with options equal across searches the second
    /// answer updates the open options in place. A customer's DTO holds its tags as a list, so two reads of one customer
    /// differ, and each answer replaced every option; a click already on its way to the server then found its option
    /// gone and was dropped (the list stayed open, nothing picked).
    /// </summary>
    internal sealed record Choice(int Id, string Name)
    {
        public static Choice Of(CustomerDto customer) => new(customer.Id, customer.Name);
    }
}
