using Bunit;
using Bunit.Rendering;
using ImeiPortal.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>
/// bUnit tests of the portal's components over the real services and a real database: the component gets the
/// app's scoped services (one scope per test, like one circuit), signed in as a user of tenant A. The UI library's
/// services are the context's own, so they use bUnit's JS runtime and navigation manager.
/// </summary>
public abstract class ComponentTests(PortalFactory factory) : TenantTests<PortalFactory>(factory)
{
    private AsyncServiceScope _circuit;
    private bool _layoutRendered;

    protected BunitContext Ui { get; } = new();

    /// <summary>The services of this test's circuit, to arrange data or check what a component did.</summary>
    protected IServiceProvider Circuit => _circuit.ServiceProvider;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _circuit = Factory.Services.CreateAsyncScope();
        // Renders wait on real database work; one second (bUnit's default) is short on a busy shared machine.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        // Components call JS the library ships (focus, popups); the tests check only the calls they name.
        Ui.JSInterop.Mode = JSRuntimeMode.Loose;
        Ui.Services.AddMudServices();
        Ui.Services.AddFallbackServiceProvider(_circuit.ServiceProvider);
        AddServices(Ui.Services);
        // As in the portal: interactive server rendering, so pages subscribe to live changes as they do in a circuit
        // (set once the services are in: it builds the renderer).
        Ui.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Services a test class gives the components instead of the circuit's, before anything is rendered.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Signs the circuit in as tenant A's user holding <paramref name="role"/>, with the claims a real sign-in gives.</summary>
    protected async Task SignInAsync(string role)
    {
        Circuit.GetRequiredService<CurrentUser>().Set(await PortalFactory.PrincipalAsync(Circuit, Tenants.EmailA(role)));
    }

    /// <summary>
    /// Renders <typeparamref name="TComponent"/> beside the layout's popup hosts (drop-down lists, dialogs, toasts), as a
    /// page is rendered inside the layout, so the lists and dialogs it opens show and can be answered.
    /// </summary>
    /// <remarks>A circuit has one layout: a second component rendered in the same test shares the first one's hosts.</remarks>
    protected IRenderedComponent<ContainerFragment> RenderInLayout<TComponent>(params (string Name, object? Value)[] parameters)
        where TComponent : IComponent
    {
        var withHosts = !_layoutRendered;
        _layoutRendered = true;
        return Ui.Render(builder =>
        {
            if (withHosts)
            {
                builder.OpenComponent<MudPopoverProvider>(0);
                builder.CloseComponent();
                builder.OpenComponent<MudDialogProvider>(1);
                builder.CloseComponent();
                builder.OpenComponent<MudSnackbarProvider>(2);
                builder.CloseComponent();
            }

            builder.OpenComponent<TComponent>(3);
            foreach (var (name, value) in parameters)
            {
                builder.AddAttribute(4, name, value);
            }

            builder.CloseComponent();
        });
    }

    /// <summary>MudBlazor's services (KeyInterceptorService) implement only IAsyncDisposable, so the context is disposed asynchronously.</summary>
    /// <summary>The toasts shown so far, as the user reads them.</summary>
    protected IReadOnlyList<string> Toasts => [.. Ui.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];

    public override async Task DisposeAsync()
    {
        await Ui.DisposeAsync();
        await _circuit.DisposeAsync();
        await base.DisposeAsync();
    }
}
