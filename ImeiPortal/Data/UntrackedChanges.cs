using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImeiPortal.Data;

/// <summary>
/// Lets a batch decide on entities read without tracking and track only those that really changed: tracking
/// 10,000 SIMs (snapshots, identity map, change detection) costs more than deciding on them. A tracked entity
/// gets the values it was read with as its original values, so the journal and the optimistic concurrency check
/// see exactly what a tracked read would have shown them.
/// </summary>
internal sealed class UntrackedChanges<T>
    where T : class
{
    private readonly IProperty[] _properties;

    public UntrackedChanges(DbContext db)
    {
        // Shadow properties have no CLR value a domain method could change.
        _properties = [.. db.Model.FindEntityType(typeof(T))!.GetProperties().Where(p => !p.IsShadowProperty())];
    }

    public object?[] Snapshot(T entity)
    {
        var values = new object?[_properties.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _properties[i].GetGetter().GetClrValue(entity);
        }

        return values;
    }

    /// <summary>Tracks <paramref name="entity"/> as modified from <paramref name="before"/> (a <see cref="Snapshot"/>).</summary>
    public void Track(DbContext db, T entity, object?[] before)
    {
        var entry = db.Attach(entity);
        for (var i = 0; i < _properties.Length; i++)
        {
            var property = entry.Property(_properties[i]);
            if (!Equals(before[i], property.CurrentValue))
            {
                property.OriginalValue = before[i];
                property.IsModified = true;
            }
        }
    }
}
