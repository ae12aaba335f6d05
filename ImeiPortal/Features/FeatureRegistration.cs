using ImeiPortal.Data;
using ImeiPortal.Features.Account;
using ImeiPortal.Features.Alarms;
using ImeiPortal.Features.ApiKeys;
using ImeiPortal.Features.Auth;
using ImeiPortal.Features.Common;
using ImeiPortal.Features.Customers;
using ImeiPortal.Features.DeviceModels;
using ImeiPortal.Features.Demo;
using ImeiPortal.Features.Exports;
using ImeiPortal.Features.Incidents;
using ImeiPortal.Features.Journal;
using ImeiPortal.Features.Network;
using ImeiPortal.Features.Notifications;
using ImeiPortal.Features.Orders;
using ImeiPortal.Features.Partners;
using ImeiPortal.Features.Reports;
using ImeiPortal.Features.Retention;
using ImeiPortal.Features.Sims;
using ImeiPortal.Features.Users;

namespace ImeiPortal.Features;

/// <summary>One line per area, so Program.cs stays a table of contents.</summary>
public static class FeatureRegistration
{
    public static WebApplicationBuilder AddPortalFeatures(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddPortalOptions<SeedOptions>(SeedOptions.Section);
        services.AddScoped<Seeder>();
        services.AddScoped<PartnerService>();
        services.AddScoped<CustomerService>();
        services.AddScoped<UserService>();
        services.AddScoped<ApiKeyService>();
        services.AddPortalOptions<AccountOptions>(AccountOptions.Section);
        services.AddOptions<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<AccountOptions>>((o, accounts) => o.TokenLifespan = TimeSpan.FromMinutes(accounts.Value.LinkMinutes));
        services.AddScoped<PasswordLinkService>();
        services.AddScoped<TwoFactorService>();
        services.AddScoped<SimService>();
        services.AddScoped<DeviceModelService>();
        services.AddSingleton<DeviceModelNames>();
        services.AddPortalOptions<ProvisioningOptions>(ProvisioningOptions.Section);
        services.AddScoped<OrderService>();
        services.AddSingleton<ProvisioningWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ProvisioningWorker>());
        services.AddPortalOptions<NetworkOptions>(NetworkOptions.Section);
        services.AddScoped<NetworkService>();
        services.AddScoped<SessionAuthorizer>();
        services.AddSingleton<FeedWriteGate>();
        services.AddScoped<FeeReportService>();
        services.AddScoped<AlarmService>();
        services.AddScoped<AlarmDryRunService>();
        services.AddScoped<IImeiLockTriggerHandler, ImeiLockAlarmHandler>();
        services.AddScoped<IUsageRecordedHandler, UsageAlarmEvaluator>();
        services.AddScoped<UsageService>();
        services.AddScoped<NotificationHistoryService>();
        services.AddScoped<Incidents.IncidentService>();
        services.AddSingleton<WebhookSecrets>();
        services.AddPortalOptions<NotificationOptions>(NotificationOptions.Section);
        services.AddPortalOptions<WebhookOptions>(WebhookOptions.Section);
        services.AddHttpClient(NotificationDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookTargets.CreateHandler(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value));
        services.AddPortalOptions<SmtpOptions>(SmtpOptions.Section);
        services.AddSingleton<EmailSender>();
        services.AddScoped<Security.ISignInAlerts, SignInAlertMail>();
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        services.AddScoped<JournalService>();
        services.AddScoped<Dashboard.DashboardService>();
        services.AddScoped<Sims.SimBulkService>();
        services.AddScoped<BulkJobService>();
        services.AddPortalOptions<BulkJobOptions>(BulkJobOptions.Section);
        services.AddSingleton<BulkJobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<BulkJobWorker>());
        services.AddScoped<Sims.SimCountService>();
        services.AddScoped<ExportService>();
        services.AddSingleton<PreparedExports>();
        services.AddPortalOptions<RetentionOptions>(RetentionOptions.Section);
        services.AddSingleton<RetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        return builder;
    }

    public static void MapPortalFeatureApis(this WebApplication app)
    {
        var api = app.MapPortalApiGroup();
        api.MapPortalPartnersApi();
        api.MapPortalCustomersApi();
        api.MapPortalUsersApi();
        api.MapPortalApiKeysApi();
        api.MapPortalAccountApi();
        api.MapPortalSimsApi();
        api.MapPortalDeviceModelsApi();
        api.MapPortalOrdersApi();
        api.MapPortalReportsApi();
        app.MapPortalNetworkApi();
        api.MapPortalAlarmsApi();
        api.MapPortalNotificationsApi();
        api.MapPortalIncidentsApi();
        api.MapPortalJournalApi();
        api.MapPortalExportsApi();
        app.MapPortalExportDownloads();
    }
}
