namespace ImeiPortal.Features.Common;

/// <summary>Bad input: maps to 400 with per-field errors. Thrown before anything is stored.</summary>
public sealed class ValidationFailedException(IDictionary<string, string[]> errors)
    : Exception("One or more inputs are invalid: " + string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public ValidationFailedException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] })
    {
    }
}

/// <summary>Missing, or outside the caller's scope: both are 404 so existence does not leak.</summary>
public sealed class NotFoundException(string entity, object? key)
    : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>In scope, but the caller's roles do not allow this change (403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>A change that cannot happen now: refused transition, concurrent edit, duplicate (409).</summary>
public sealed class ConflictException(string message, IReadOnlyList<string>? allowed = null) : Exception(message)
{
    public IReadOnlyList<string>? Allowed { get; } = allowed;
}

/// <summary>The user-facing reason of a refusal, or null for an unexpected error (which must not be shown).</summary>
public static class Refusal
{
    public static string? Describe(Exception e) => e switch
    {
        ValidationFailedException v => string.Join(" ", v.Errors.SelectMany(x => x.Value)),
        NotFoundException or ForbiddenException or ConflictException or Domain.Sims.TransitionRefusedException => e.Message,
        _ => null,
    };
}
