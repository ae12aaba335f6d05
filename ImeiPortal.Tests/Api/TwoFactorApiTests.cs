using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Users;
using ImeiPortal.Security;
using ImeiPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImeiPortal.Tests.Api;

/// <summary>TOTP two-factor sign-in: enrolment, verification with recovery codes, the login's otp, and the partner's requirement.</summary>
public sealed class TwoFactorApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Enroll_VerifyWithTheAppsCode_LoginThenNeedsTheCode()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var client = await factory.ClientAsAsync(email);

        var enrollment = await (await client.PostAsync("/api/account/mfa/enroll", null)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var secret = enrollment.GetProperty("secret").GetString()!;
        var uri = enrollment.GetProperty("otpauthUri").GetString()!;
        Assert.StartsWith("otpauth://totp/ImeiPortal", uri, StringComparison.Ordinal);
        Assert.Contains("secret=" + secret, uri, StringComparison.Ordinal);

        var verified = await (await client.PostAsJsonAsync("/api/account/mfa/verify", new { code = Totp.Code(secret) })).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var recovery = verified.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, recovery.Distinct().Count());

        // Sessions opened with the password alone end with the enrolment.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/sims")).StatusCode);
        var problem = await (await Login(email)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True(problem.GetProperty("mfaRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await Login(email, Totp.Later(secret))).StatusCode);
    }

    [Fact]
    public async Task Login_CodeAlreadyAccepted_RefusedWithinItsWindow()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var client = await factory.ClientAsAsync(email);
        var secret = (await (await client.PostAsync("/api/account/mfa/enroll", null)).ReadAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        var verifiedCode = Totp.Code(secret);
        (await client.PostAsJsonAsync("/api/account/mfa/verify", new { code = verifiedCode })).EnsureSuccessStatusCode();

        // The code that turned two-factor on does not sign in; nor does an earlier one still inside the drift window.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(email, verifiedCode)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(email, Totp.Code(secret, DateTimeOffset.UtcNow.AddSeconds(-30)))).StatusCode);
        var next = Totp.Later(secret);
        Assert.Equal(HttpStatusCode.OK, (await Login(email, next)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(email, next)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Login(email, Totp.Later(secret, 2))).StatusCode);
    }

    [Fact]
    public async Task Login_SameCodeInParallel_AcceptedOnce()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var (secret, _) = await EnrolAsync(email);
        var code = Totp.Later(secret);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Login(email, code)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Login_RecoveryCode_WorksOnce()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var (_, recovery) = await EnrolAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await Login(email, recovery[0])).StatusCode);
        var again = await (await Login(email, recovery[0])).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(again.TryGetProperty("mfaRequired", out _));
        Assert.Equal(HttpStatusCode.OK, (await Login(email, recovery[1])).StatusCode);
    }

    [Fact]
    public async Task Login_WrongCodes_CountLikeWrongPasswordsAndLockTheAddress()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var (secret, _) = await EnrolAsync(email);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Login(email, "000000")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(email, Totp.Later(secret))).StatusCode);
    }

    [Fact]
    public async Task Verify_WrongCode_Returns400AndTwoFactorStaysOff()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var client = await factory.ClientAsAsync(email);
        var secret = (await (await client.PostAsync("/api/account/mfa/enroll", null)).ReadAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        var wrong = Totp.Code(secret) == "123456" ? "654321" : "123456";

        var problem = await (await client.PostAsJsonAsync("/api/account/mfa/verify", new { code = wrong })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.OK, (await Login(email)).StatusCode);
    }

    [Fact]
    public async Task Disable_LoginNeedsNoCodeAgain()
    {
        var email = await CreateUserAsync(null, Roles.Admin);
        var (secret, _) = await EnrolAsync(email);
        var client = await ClientWithCodeAsync(email, secret);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/account/mfa")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Login(email)).StatusCode);
    }

    [Fact]
    public async Task Login_PartnerRequiresTwoFactor_NotEnrolledUserGets403EnrolmentRequired()
    {
        var partner = await NewPartnerAsync();
        var email = await CreateUserAsync(partner, Roles.PartnerUser);
        Assert.Equal(HttpStatusCode.OK, (await Login(email)).StatusCode);
        var admin = await factory.ClientAsAsync(PortalFactory.AdminEmail);

        var set = await (await admin.PutAsJsonAsync($"/api/partners/{partner}/two-factor", new { required = true })).ReadAsync<JsonElement>(HttpStatusCode.OK);

        Assert.True(set.GetProperty("twoFactorRequired").GetBoolean());
        var problem = await (await Login(email)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.True(problem.GetProperty("mfaEnrollmentRequired").GetBoolean());
        Assert.Contains("requires two-factor", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_PartnerRequiresTwoFactor_Returns409AndStaysOn()
    {
        var partner = await NewPartnerAsync();
        var email = await CreateUserAsync(partner, Roles.PartnerAdmin);
        var (secret, _) = await EnrolAsync(email);
        var client = await ClientWithCodeAsync(email, secret);
        (await client.PutAsJsonAsync($"/api/partners/{partner}/two-factor", new { required = true })).EnsureSuccessStatusCode();

        await (await client.DeleteAsync("/api/account/mfa")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.True((await (await Login(email)).ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("mfaRequired").GetBoolean());
    }

    [Fact]
    public async Task SetTwoFactorRequired_PartnerUserOrOtherPartnersAdmin_RefusedAndUnchanged()
    {
        var partner = await NewPartnerAsync();
        var other = await NewPartnerAsync();
        var user = await factory.ClientAsAsync(await CreateUserAsync(partner, Roles.PartnerUser));
        var otherAdmin = await factory.ClientAsAsync(await CreateUserAsync(other, Roles.PartnerAdmin));

        await (await user.PutAsJsonAsync($"/api/partners/{partner}/two-factor", new { required = true })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await otherAdmin.PutAsJsonAsync($"/api/partners/{partner}/two-factor", new { required = true })).ProblemAsync(HttpStatusCode.NotFound);

        var dto = await factory.AsSystemAsync(sp => sp.GetRequiredService<PartnerService>().GetAsync(partner));
        Assert.False(dto.TwoFactorRequired);
    }

    [Fact]
    public async Task ResetTwoFactor_PartnerAdminOfTheUser_TurnsItOffEvenWhenRequiredAndEndsTheirTokens()
    {
        var partner = await NewPartnerAsync();
        var email = await CreateUserAsync(partner, Roles.PartnerUser);
        var (secret, _) = await EnrolAsync(email);
        var userClient = await ClientWithCodeAsync(email, secret);
        var admin = await factory.ClientAsAsync(await CreateUserAsync(partner, Roles.PartnerAdmin));
        var otherAdmin = await factory.ClientAsAsync(await CreateUserAsync(await NewPartnerAsync(), Roles.PartnerAdmin));
        (await admin.PutAsJsonAsync($"/api/partners/{partner}/two-factor", new { required = true })).EnsureSuccessStatusCode();
        var listed = await (await admin.GetAsync($"/api/users?search={Uri.EscapeDataString(email)}")).ReadAsync<JsonElement>(HttpStatusCode.OK);
        var row = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.True(row.GetProperty("twoFactorEnabled").GetBoolean());
        var id = row.GetProperty("id").GetString()!;

        await (await otherAdmin.DeleteAsync($"/api/users/{id}/mfa")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await userClient.GetAsync("/api/sims")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/users/{id}/mfa")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await userClient.GetAsync("/api/sims")).StatusCode);
        // Required by the partner: the user enrols again before the API lets them in.
        Assert.True((await (await Login(email, Totp.Later(secret, 2))).ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("mfaEnrollmentRequired").GetBoolean());
    }

    [Fact]
    public async Task Enroll_WithApiKey_Returns403()
    {
        var admin = await factory.ClientAsAsync(PortalFactory.AdminEmail);
        var key = (await (await admin.PostAsJsonAsync("/api/api-keys", new { name = "robot", scopes = new[] { "read" } })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("key").GetString()!;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, key);

        await (await client.PostAsync("/api/account/mfa/enroll", null)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<(string Secret, List<string> RecoveryCodes)> EnrolAsync(string email)
    {
        var client = await factory.ClientAsAsync(email);
        var secret = (await (await client.PostAsync("/api/account/mfa/enroll", null)).ReadAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("secret").GetString()!;
        var verified = await (await client.PostAsJsonAsync("/api/account/mfa/verify", new { code = Totp.Code(secret) })).ReadAsync<JsonElement>(HttpStatusCode.OK);
        return (secret, verified.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList());
    }

    private async Task<HttpClient> ClientWithCodeAsync(string email, string secret)
    {
        var response = await Login(email, Totp.Later(secret));
        var token = await response.ReadAsync<PortalFactory.TokenResponse>(HttpStatusCode.OK);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private Task<HttpResponseMessage> Login(string email, string? otp = null) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = PortalFactory.Password, otp });

    private Task<int> NewPartnerAsync() => factory.AsSystemAsync(async sp =>
        (await sp.GetRequiredService<PartnerService>().CreateAsync(new CreatePartnerRequest("2fa " + Guid.NewGuid().ToString("N")[..8]))).Id);

    private Task<string> CreateUserAsync(int? partnerId, string role) => factory.AsSystemAsync(async services =>
    {
        var email = $"mfa-{Guid.NewGuid():N}@a.test";
        await services.GetRequiredService<UserService>().CreateAsync(new CreateUserRequest(email, PortalFactory.Password, [role], partnerId, null));
        return email;
    });
}
