using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// How component tests work the UI library's controls: by the portal's element ids and ARIA roles. The one place
/// that knows the library's markup, so moving to another library changes this file, not the tests.
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

    /// <summary>Picks the option named <paramref name="text"/> from the drop-down with id <paramref name="id"/>.</summary>
    public static void Choose<T>(this IRenderedComponent<T> cut, string id, string text)
        where T : IComponent =>
        cut.FindAll($"#{id}-list [role=option]").Single(o => o.TextContent.Trim() == text).Click();

    /// <summary>Picks the radio button labelled <paramref name="label"/> in the radio group with id <paramref name="groupId"/>.</summary>
    public static void ChooseRadio<T>(this IRenderedComponent<T> cut, string groupId, string label)
        where T : IComponent =>
        cut.FindAll($"#{groupId} [role=radio]").Single(r => r.GetAttribute("aria-label") == label).Click();

    /// <summary>Whether the radio button with id <paramref name="id"/> is the chosen one.</summary>
    public static bool IsChecked<T>(this IRenderedComponent<T> cut, string id)
        where T : IComponent =>
        cut.Find($"#{id}").GetAttribute("aria-checked") == "true";

    /// <summary>The pager's "next page" button of the grid with id <paramref name="gridId"/>.</summary>
    public static IElement NextPage<T>(this IRenderedComponent<T> cut, string gridId)
        where T : IComponent =>
        cut.Find($"#{gridId} button[aria-label='Go to next page.']");
}
