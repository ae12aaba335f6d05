using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Features.Common;

public static class OptionsRegistration
{
    /// <summary>
    /// Binds the configuration section to <typeparamref name="T"/> and refuses to start when a value breaks one of its
    /// data annotations. The failure names the key as it is configured (<c>Section:Property</c>), not the class member,
    /// so whoever set it finds it.
    /// </summary>
    public static OptionsBuilder<T> AddPortalOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new AnnotationsNamingKeys<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    private sealed class AnnotationsNamingKeys<T>(string section) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var failures = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(failures.Select(f => $"{string.Join(", ", f.MemberNames.Select(m => $"{section}:{m}"))}: {f.ErrorMessage}"));
        }
    }
}
