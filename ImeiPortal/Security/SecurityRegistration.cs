using System.Security.Claims;
using ImeiPortal.Data;
using ImeiPortal.Features.Common;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ImeiPortal.Security;

public static class SecurityRegistration
{
    public const string ApiPolicy = "Api";

    /// <summary>Any signed-in user, by page cookie or API token.</summary>
    public const string SignedInPolicy = "SignedIn";

    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.TryAddScoped<CurrentUser>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();

        services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Makes Identity consult ActiveUserConfirmation: a deactivated user cannot sign in.
                options.SignIn.RequireConfirmedAccount = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                // Identity's lockout is account-wide, so anyone could lock anyone out; SignInLockout locks per
                // account and client address with these limits instead.
                options.Lockout.AllowedForNewUsers = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager()
            // Reset and invitation links (data protection tokens) and the authenticator app's codes.
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider (same name): an authenticator code is accepted once.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddScoped<IUserConfirmation<PortalUser>, ActiveUserConfirmation>();
        services.AddScoped<ISecurityStampValidator, SecurityStampValidator<PortalUser>>();
        // Cookies and open pages re-check the user this often: a deactivation or role change takes effect within it.
        services.AddPortalOptions<SecurityOptions>(SecurityOptions.Section);
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SecurityOptions>>(
            (o, security) => o.ValidationInterval = TimeSpan.FromSeconds(security.Value.RevalidationSeconds));
        services.AddMemoryCache();
        services.AddSingleton<SignInLockout>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.AccessDeniedPath = "/Account/AccessDenied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Cookie.Name = "ImeiPortal.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // A deactivation, role change or changed password ends existing sessions within the validation interval.
                options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
            })
            // SecurityStampValidator signs this scheme out when it ends a session; without it that ending was a 500.
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, options => options.Cookie.Name = "ImeiPortal.TwoFactorRememberMe")
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
                options.Events.OnMessageReceived = SecurityStamps.RejectStaleTokenAsync;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, ApiKeyAuthentication.Scheme)
                .RequireAuthenticatedUser()
                // A key reads only with the read scope; what it may change, the services decide through its scopes.
                .RequireAssertion(context => !ApiKeyPermissions.IsApiKey(context.User) || context.Resource is not HttpContext http
                    || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                    || ApiKeyPermissions.ScopesOf(context.User).HasFlag(Domain.Accounts.ApiKeyScopes.Read)))
            .AddPolicy(SignedInPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme, IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser());

        builder.AddApiKeyAuthentication();
        builder.AddNetworkKeyAuthentication();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        services.AddScoped<AccountService>();
        return builder;
    }

    /// <summary>Inactive users cannot sign in (Identity reports NotAllowed).</summary>
    private sealed class ActiveUserConfirmation : IUserConfirmation<PortalUser>
    {
        public Task<bool> IsConfirmedAsync(UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(user.IsActive);
    }

    /// <summary>Adds the tenant ids to the principal so every request knows its scope without a query.</summary>
    private sealed class PortalClaimsFactory(
        UserManager<PortalUser> userManager,
        RoleManager<IdentityRole> roleManager,
        IOptions<IdentityOptions> options,
        Microsoft.EntityFrameworkCore.IDbContextFactory<PortalDbContext> dbFactory)
        : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            if (user.PartnerId is { } partnerId)
            {
                identity.AddClaim(new Claim(PortalClaims.PartnerId, partnerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (user.CustomerId is { } customerId)
            {
                identity.AddClaim(new Claim(PortalClaims.CustomerId, customerId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (await TwoFactorEnrolment.IsPendingAsync(dbFactory, user))
            {
                identity.AddClaim(new Claim(TwoFactorEnrolment.PendingClaim, "true"));
            }

            return identity;
        }
    }
}

/// <summary>
/// Gives the circuit's services the signed-in user: HttpContext is not reliable inside a Blazor circuit,
/// the authentication state is.
/// </summary>
internal sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authenticationStateProvider, CurrentUser currentUser)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authenticationStateProvider.AuthenticationStateChanged += OnChanged;
        currentUser.Set((await authenticationStateProvider.GetAuthenticationStateAsync()).User);
    }

    private void OnChanged(Task<AuthenticationState> task) =>
        _ = task.ContinueWith(t => currentUser.Set(t.Result.User), TaskScheduler.Default);

    public void Dispose() => authenticationStateProvider.AuthenticationStateChanged -= OnChanged;
}
