namespace ImeiPortal.Tests.TestSupport;

/// <summary>Base of test classes that run against one app with the shared <see cref="Tenants"/>.</summary>
public abstract class TenantTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : PortalFactory
{
    protected TFactory Factory { get; } = factory;

    protected Tenants T { get; private set; } = null!;

    public virtual async Task InitializeAsync() => T = await SharedTenants.OfAsync(Factory);

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
