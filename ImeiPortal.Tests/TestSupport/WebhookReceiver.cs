using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImeiPortal.Tests.TestSupport;

/// <summary>A real HTTP endpoint on 127.0.0.1 (random port) that records webhook calls and answers with scripted status codes.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(byte[] Body, string? Signature)> Received { get; } = new();

    /// <summary>The X-ImeiPortal-Delivery id of every call answered with success: a delivery made twice shows here twice.</summary>
    public ConcurrentQueue<string> Accepted { get; } = new();

    /// <summary>Status answered once the script is used up.</summary>
    public int DefaultStatus { get; set; } = 200;

    /// <summary>How long each call waits before it answers: a slow or hanging endpoint (a call the portal gives up on ends early).</summary>
    public TimeSpan Delay { get; set; }

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            receiver.Received.Enqueue((buffer.ToArray(), context.Request.Headers["X-ImeiPortal-Signature"].ToString()));
            if (receiver.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(receiver.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.Empty;
                }
            }

            var status = receiver._script.TryDequeue(out var scripted) ? scripted : receiver.DefaultStatus;
            if (status is >= 200 and < 300)
            {
                receiver.Accepted.Enqueue(context.Request.Headers["X-ImeiPortal-Delivery"].ToString());
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/hook";
        return receiver;
    }

    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
