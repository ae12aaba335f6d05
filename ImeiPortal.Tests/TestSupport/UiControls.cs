using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// How component tests work the UI library's controls: by the portal's element ids and ARIA roles. The one place
/// that knows the library's markup (MudBlazor), so moving to another library changes this file, not the tests.
/// </summary>
internal static class UiControls
{
    /// <summary>Types <paramref name="text"/> into the text box, text area or number box with id <paramref name="id"/>, as a user leaving the field.</summary>
    public static void Enter<T>(this IRenderedComponent<T> cut, string id, string text)
        where T : IComponent
    {
        var element = cut.Find($"#{id}");
        var field = element.LocalName is "input" or "textarea" ? element : element.QuerySelector("input, textarea") ?? element;
        field.Change(text);
    }

    /// <summary>
    /// Picks the option named <paramref name="text"/> from the drop-down with id <paramref name="id"/>: opens its list
    /// (a popover, so the component must be rendered beside the layout's popover host) and clicks the option.
    /// </summary>
    /// <remarks>A picker that searches as the user types (an autocomplete) gets <paramref name="text"/> typed instead.</remarks>
    public static void Choose<T>(this IRenderedComponent<T> cut, string id, string text)
        where T : IComponent
    {
        if (IsAutocomplete(cut, id))
        {
            cut.TypeInto(id, text);
            cut.WaitForAssertion(() => Assert.Contains(text, cut.OpenOptions()));
        }
        else
        {
            cut.Open(id);
            cut.WaitForAssertion(() => Assert.NotEmpty(OpenOptionElements(cut)));
        }

        cut.OpenOptionNamed(text).Click();
    }

    /// <summary>Opens the list of the drop-down or picker with id <paramref name="id"/>, as a user clicking into it.</summary>
    public static void Open<T>(this IRenderedComponent<T> cut, string id)
        where T : IComponent
    {
        if (IsAutocomplete(cut, id))
        {
            Input(cut, id).Focus();
        }
        else
        {
            cut.Find($"#{id}").Closest(".mud-input-control")!.MouseDown();
        }
    }

    /// <summary>Types <paramref name="text"/> into the picker with id <paramref name="id"/> key by key (it searches while the user types).</summary>
    public static void TypeInto<T>(this IRenderedComponent<T> cut, string id, string text)
        where T : IComponent =>
        Input(cut, id).Input(text);

    /// <summary>The texts of the open list's options, in order.</summary>
    public static IReadOnlyList<string> OpenOptions<T>(this IRenderedComponent<T> cut)
        where T : IComponent =>
        [.. OpenOptionElements(cut).Select(o => o.TextContent.Trim())];

    /// <summary>The open list's option named <paramref name="text"/>.</summary>
    public static IElement OpenOptionNamed<T>(this IRenderedComponent<T> cut, string text)
        where T : IComponent =>
        OpenOptionElements(cut).Single(o => o.TextContent.Trim() == text);

    /// <summary>
    /// The components behind the open list's options of value type <typeparamref name="TValue"/>, in order: the same
    /// instances after a render mean the options were updated in place, not replaced.
    /// </summary>
    public static IReadOnlyList<IComponent> OpenOptionComponents<TValue>(this IRenderedComponent<IComponent> cut) =>
        [.. cut.FindComponents<MudBlazor.MudListItem<TValue>>().Select(c => (IComponent)c.Instance)];

    /// <summary>Picks the radio button labelled <paramref name="label"/> in the radio group with id <paramref name="groupId"/>.</summary>
    public static void ChooseRadio<T>(this IRenderedComponent<T> cut, string groupId, string label)
        where T : IComponent =>
        cut.FindAll($"#{groupId} label.mud-radio").Single(r => r.TextContent.Trim() == label).QuerySelector("input[type=radio]")!.Click();

    /// <summary>Whether the radio button with id <paramref name="id"/> is the chosen one.</summary>
    public static bool IsChecked<T>(this IRenderedComponent<T> cut, string id)
        where T : IComponent =>
        RadioInput(cut, id).HasAttribute("checked");

    /// <summary>Clicks the radio button with id <paramref name="id"/>.</summary>
    public static void ClickRadio<T>(this IRenderedComponent<T> cut, string id)
        where T : IComponent =>
        RadioInput(cut, id).Click();

    /// <summary>Answers the open dialog (a confirmation) with its button named <paramref name="button"/>.</summary>
    public static void Answer<T>(this IRenderedComponent<T> cut, string button)
        where T : IComponent
    {
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-dialog button")));
        cut.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == button).Click();
    }

    /// <summary>The pager's "next page" button of the list with id <paramref name="gridId"/>.</summary>
    public static IElement NextPage<T>(this IRenderedComponent<T> cut, string gridId)
        where T : IComponent =>
        cut.Find($"#{gridId} button[aria-label='Next page']");

    private static IElement RadioInput<T>(IRenderedComponent<T> cut, string id)
        where T : IComponent
    {
        var element = cut.Find($"#{id}");
        return element.LocalName == "input" ? element : element.QuerySelector("input[type=radio]") ?? element.Closest("label")!.QuerySelector("input[type=radio]")!;
    }

    private static IReadOnlyList<IElement> OpenOptionElements<T>(IRenderedComponent<T> cut)
        where T : IComponent =>
        cut.FindAll(".mud-popover-open .mud-list-item");

    private static bool IsAutocomplete<T>(IRenderedComponent<T> cut, string id)
        where T : IComponent =>
        cut.Find($"#{id}").Closest(".mud-autocomplete") is not null;

    private static IElement Input<T>(IRenderedComponent<T> cut, string id)
        where T : IComponent
    {
        var element = cut.Find($"#{id}");
        return element.LocalName == "input" ? element : element.QuerySelector("input")!;
    }
}
