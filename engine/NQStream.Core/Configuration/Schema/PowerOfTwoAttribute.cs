namespace NQStream.Core.Configuration.Schema;

/// <summary>An integer value that must be a power of two (ring sizes: the index is a mask, not a modulo).</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class PowerOfTwoAttribute : Attribute
{
}
