namespace ImeiPortal.Tools;

/// <summary>What the tools, as clients of the portal's HTTP API, take from the contract (../shared/API.md).</summary>
internal static class FeedContract
{
    /// <summary>The network feed's key header.</summary>
    public const string NetworkKeyHeader = "X-Network-Key";

    /// <summary>Items a feed call may carry.</summary>
    public const int MaxItems = Features.Common.Batches.MaxItems;
}
