using Xunit;

namespace NQStream.TestSupport;

/// <summary>A fact that needs <c>shared/data</c>: skipped when absent, failing under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute and sets <see cref="FactAttribute.Skip"/> when the data is missing.</summary>
    public SharedDataFactAttribute() => Skip = SharedData.SkipReason!;
}

/// <summary>A theory that needs <c>shared/data</c>: skipped when absent, failing under CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute and sets <see cref="FactAttribute.Skip"/> when the data is missing.</summary>
    public SharedDataTheoryAttribute() => Skip = SharedData.SkipReason!;
}
