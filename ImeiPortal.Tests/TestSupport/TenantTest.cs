namespace ImeiPortal.Tests.TestSupport;

/// <summary>A feature test class on one app per class, with that app's tenants ready before each test.</summary>
public abstract class TenantTest<TFactory>(TFactory factory) : IAsyncLifetime
    where TFactory : PortalFactory
{
    protected TFactory Factory { get; } = factory;

    protected Tenants T { get; private set; } = null!;

    public virtual async Task InitializeAsync() => T = await EngineData.TenantsAsync(Factory);

    public Task DisposeAsync() => Task.CompletedTask;
}
