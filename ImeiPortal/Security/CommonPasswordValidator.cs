using Microsoft.AspNetCore.Identity;

namespace ImeiPortal.Security;

/// <summary>Refuses the 10,000 most common passwords (common-passwords.txt, embedded), whatever their case.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<PortalUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static int Count => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is not null && Common.Value.Contains(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is one of the 10,000 most common passwords; choose one that is harder to guess.",
            })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("ImeiPortal.Security.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("# ", StringComparison.Ordinal) && line != "#")
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}
