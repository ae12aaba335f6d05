using System.ComponentModel.DataAnnotations;

namespace ImeiPortal.Features.Demo;

/// <summary>What an empty database starts with (<c>Seed:*</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The first Admin, created at start when no user exists (both must be set).</summary>
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>Demo tenants, users and SIMs on an empty database.</summary>
    public bool Demo { get; set; }

    [Range(0, 1_000_000)]
    public int DemoSims { get; set; } = 3000;

    /// <summary>The password of every demo user.</summary>
    [Required]
    public string DemoPassword { get; set; } = "Demo!2026-portal";
}
