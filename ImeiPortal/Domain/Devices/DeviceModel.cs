using ImeiPortal.Domain.Identifiers;

namespace ImeiPortal.Domain.Devices;

/// <summary>
/// A device model of the catalogue: a TAC (the first 8 digits of an IMEI) and what it is. Platform entries
/// (<see cref="PartnerId"/> null) are the Admin's; a partner's own entry for a TAC overrides the platform's for its SIMs.
/// </summary>
public sealed class DeviceModel
{
    public const int NameMaxLength = 100;

    private DeviceModel()
    {
        Tac = Manufacturer = Model = "";
    }

    /// <exception cref="FormatException">The TAC is not 8 digits, or a name is empty or too long.</exception>
    public DeviceModel(int? partnerId, string tac, string manufacturer, string model)
    {
        PartnerId = partnerId;
        Tac = Imei.ParseTac(tac);
        Manufacturer = Model = "";
        Rename(manufacturer, model);
    }

    public int Id { get; private set; }

    public int? PartnerId { get; private set; }

    public string Tac { get; private set; }

    public string Manufacturer { get; private set; }

    public string Model { get; private set; }

    /// <exception cref="FormatException">A name is empty or longer than <see cref="NameMaxLength"/>.</exception>
    public void Rename(string manufacturer, string model)
    {
        Manufacturer = Name(manufacturer, "manufacturer");
        Model = Name(model, "model");
    }


    private static string Name(string? value, string field)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length is > 0 and <= NameMaxLength
            ? trimmed
            : throw new FormatException($"{field} is required and at most {NameMaxLength} characters.");
    }
}
