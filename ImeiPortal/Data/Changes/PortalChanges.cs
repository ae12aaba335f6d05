using System.Text.Json.Serialization;
using ImeiPortal.Domain.Orders;

namespace ImeiPortal.Data.Changes;

/// <summary>Something that committed and that a worker or an open page may want to react to at once.</summary>
/// <remarks>The JSON names are what instances relay to each other (PostgreSQL's change relay): keep them stable.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SimChanged), "sim")]
[JsonDerivedType(typeof(OrderChanged), "order")]
[JsonDerivedType(typeof(NotificationCreated), "notification")]
[JsonDerivedType(typeof(DeliveryDue), "delivery")]
[JsonDerivedType(typeof(BulkJobChanged), "bulkJob")]
[JsonDerivedType(typeof(DeviceModelsChanged), "deviceModels")]
public abstract record PortalChange;

/// <summary>A SIM's row changed (IMEI lock, lifecycle, last seen, owner); its tenants say whose pages may care.</summary>
public sealed record SimChanged(long SimId, string Iccid, int PartnerId, int? CustomerId) : PortalChange;

/// <summary>An order was placed (<see cref="OrderState.Pending"/>, due at <see cref="DueAt"/>) or finished.</summary>
public sealed record OrderChanged(long OrderId, long SimId, string Iccid, OrderState State, DateTime DueAt) : PortalChange;

/// <summary>A notification was created with its deliveries; <see cref="PortalRecipients"/> are the users whose badge counts it.</summary>
public sealed record NotificationCreated(long NotificationId, int PartnerId, int? CustomerId, IReadOnlyList<string> PortalRecipients) : PortalChange;

/// <summary>A delivery of the outbox became due for sending (a new one is due at once).</summary>
public sealed record DeliveryDue(long DeliveryId, long NotificationId, DateTime DueAt) : PortalChange;

/// <summary>A bulk job was confirmed, made progress, or finished; <see cref="CreatedBy"/> is the user whose pages show it.</summary>
public sealed record BulkJobChanged(long JobId, string CreatedBy) : PortalChange;

/// <summary>The device model catalogue changed (an import): whoever remembers model names forgets them.</summary>
public sealed record DeviceModelsChanged : PortalChange;
