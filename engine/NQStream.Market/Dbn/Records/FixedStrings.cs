using System.Runtime.CompilerServices;

namespace NQStream.Market.Dbn.Records;

/// <summary>A 4-byte NUL-padded ASCII string field.</summary>
[InlineArray(4)]
public struct Cstr4
{
    private byte _element0;
}

/// <summary>A 5-byte NUL-padded ASCII string field.</summary>
[InlineArray(5)]
public struct Cstr5
{
    private byte _element0;
}

/// <summary>A 6-byte NUL-padded ASCII string field.</summary>
[InlineArray(6)]
public struct Cstr6
{
    private byte _element0;
}

/// <summary>A 7-byte NUL-padded ASCII string field.</summary>
[InlineArray(7)]
public struct Cstr7
{
    private byte _element0;
}

/// <summary>A 11-byte NUL-padded ASCII string field.</summary>
[InlineArray(11)]
public struct Cstr11
{
    private byte _element0;
}

/// <summary>A 21-byte NUL-padded ASCII string field.</summary>
[InlineArray(21)]
public struct Cstr21
{
    private byte _element0;
}

/// <summary>A 31-byte NUL-padded ASCII string field.</summary>
[InlineArray(31)]
public struct Cstr31
{
    private byte _element0;
}

/// <summary>A 71-byte NUL-padded ASCII string field.</summary>
[InlineArray(71)]
public struct Cstr71
{
    private byte _element0;
}

/// <summary>A 302-byte NUL-padded ASCII string field.</summary>
[InlineArray(302)]
public struct Cstr302
{
    private byte _element0;
}

/// <summary>A 303-byte NUL-padded ASCII string field.</summary>
[InlineArray(303)]
public struct Cstr303
{
    private byte _element0;
}
