namespace ImeiPortal.Components.Shared;

/// <summary>A service's per-field refusals, kept by a form so each message shows next to its field.</summary>
public sealed class FormErrors
{
    private IDictionary<string, string[]> _errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Clear() => _errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

    public void Set(IDictionary<string, string[]> errors) => _errors = errors;

    /// <summary>Messages of the given fields; a field also matches its sub-fields (recipients matches recipients.emails).</summary>
    public IEnumerable<string> For(IEnumerable<string> fields) =>
        _errors.Where(e => fields.Any(f => e.Key.Equals(f, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => e.Value);
}
