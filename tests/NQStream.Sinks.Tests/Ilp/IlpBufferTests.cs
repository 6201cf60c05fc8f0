using System.Text;
using FluentAssertions;
using NQStream.Sinks.Ilp;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

public sealed class IlpBufferTests
{
    private static string Text(IlpBuffer b) => Encoding.UTF8.GetString(b.WrittenSpan);

    [Fact]
    public void Reference_row_from_ops_md_is_byte_exact()
    {
        using var b = new IlpBuffer();
        b.Table("mbo events").Symbol("symbol", "NQZ5 C21000").Symbol("side", "B")
            .FloatColumn("price", 21000.25).IntColumn("size", 3).StringColumn("note", "say \"hi\"\\x")
            .BoolColumn("snapshot", false).TimestampColumnMicros("ts_recv", 1700000000123456).At(1700000000123456789);
        Text(b).Should().Be("mbo\\ events,symbol=NQZ5\\ C21000,side=B price=21000.25,size=3i,note=\"say \\\"hi\\\"\\\\x\",snapshot=f,ts_recv=1700000000123456t 1700000000123456789\n");
    }

    [Theory]
    [InlineData("test 1=2", "test\\ 1\\=2")]
    [InlineData("données", "données")]
    [InlineData("file.csv", "file.csv")]
    public void Table_names_escape_space_and_equals(string name, string wire)
    {
        using var b = new IlpBuffer();
        b.Table(name).IntColumn("x", 1).AtNow();
        Text(b).Should().Be(wire + " x=1i\n");
    }

    [Fact]
    public void Int64_extremes_and_v1_double_text()
    {
        using var b = new IlpBuffer();
        b.Table("t").IntColumn("a", long.MinValue).IntColumn("b", long.MaxValue).FloatColumn("c", 1e100).FloatColumn("d", 1e-6)
            .FloatColumn("e", double.NaN).FloatColumn("f", double.NegativeInfinity).TimestampColumnNanos("g", 1_999).At(-1);
        Text(b).Should().Be("t a=-9223372036854775808i,b=9223372036854775807i,c=1E+100,d=1E-06,e=NaN,f=-Infinity,g=1t -1\n");
    }

    [Fact]
    public void V2_writes_binary_doubles_with_canonical_nan_and_suffixed_timestamps()
    {
        using var b = new IlpBuffer(IlpProtocolVersion.V2);
        b.Table("t").FloatColumn("x", 0.0 / 0.0).TimestampColumnNanos("n", 5).At(9);
        b.WrittenSpan.ToArray().Should().Equal([.. "t x=="u8, 0x10, 0, 0, 0, 0, 0, 0, 0xF8, 0x7F, .. ",n=5n 9n\n"u8]);
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        using var b = new IlpBuffer();
        b.Table("t").StringColumn("s", "a\ud800b").AtNow();
        b.WrittenSpan.ToArray().Should().Equal([.. "t s=\"a"u8, 0xEF, 0xBF, 0xBD, .. "b\"\n"u8]);
    }

    [Fact]
    public void Invalid_name_rolls_back_the_row_and_keeps_earlier_rows()
    {
        using var b = new IlpBuffer();
        b.Table("ok").IntColumn("x", 1).At(1);
        var act = () => b.Table("ok").IntColumn("bad-name", 2);
        act.Should().Throw<IlpException>().WithMessage("Invalid character in column name: -");
        b.InRow.Should().BeFalse();
        b.RowCount.Should().Be(1);
        Text(b).Should().Be("ok x=1i 1\n");
    }

    [Fact]
    public void Call_order_is_enforced()
    {
        using var b = new IlpBuffer();
        b.Invoking(x => x.Table("t").IntColumn("a", 1).Symbol("s", "v")).Should().Throw<IlpException>().WithMessage("Symbol can be added only after*");
        b.Invoking(x => x.Table("t").At(1)).Should().Throw<IlpException>().WithMessage("The row must have a symbol or column set*");
        b.Invoking(x => x.IntColumn("a", 1)).Should().Throw<IlpException>().WithMessage("Column can be set only after table name is set");
        b.Length.Should().Be(0);
    }

    [Fact]
    public void Growing_past_max_buf_size_is_an_error_and_earlier_rows_survive()
    {
        using var b = new IlpBuffer(initialSize: 16, maxSize: 64);
        b.Table("t").IntColumn("x", 1).At(1);
        var act = () => b.Table("t").StringColumn("s", new string('x', 100)).At(2);
        act.Should().Throw<IlpException>().WithMessage("Max buffer size is 64 bytes*");
        Text(b).Should().Be("t x=1i 1\n");
    }

    [Fact]
    public void Names_longer_than_max_name_len_in_utf8_bytes_are_rejected()
    {
        IlpNames.CheckColumn(new string('a', 127)).Should().BeNull();
        IlpNames.CheckColumn(new string('a', 128)).Should().Be("Column name is too long, max length is 127");
        IlpNames.CheckTable(new string('é', 64)).Should().Be("Table name is too long, max length is 127");
    }

    [Fact]
    public void Pre_validated_names_of_every_length_write_the_same_bytes_as_span_names()
    {
        // IlpName copies a fixed 32-byte padded block for short names and an exact array for long ones.
        for (int length = 1; length <= 60; length++)
        {
            string table = "t" + new string('x', length - 1);
            string column = "c" + new string('y', length - 1);
            string symbol = "s " + new string('z', length - 1);
            using var viaNames = new IlpBuffer();
            using var viaSpans = new IlpBuffer();
            var t = IlpName.Table(table);
            var c = IlpName.Column(column);
            var s = IlpName.Column(symbol);
            viaNames.Table(t).Symbol(s, "v w").IntColumn(c, length).FloatColumn(c, 0.5).BoolColumn(c, true).At(length);
            viaNames.Table(t).IntColumn(c, -length).StringColumn(s, "q").At(length);
            viaSpans.Table(table).Symbol(symbol, "v w").IntColumn(column, length).FloatColumn(column, 0.5).BoolColumn(column, true).At(length);
            viaSpans.Table(table).IntColumn(column, -length).StringColumn(symbol, "q").At(length);
            Text(viaNames).Should().Be(Text(viaSpans));
            Text(viaNames).Should().StartWith($"{table},s\\ {new string('z', length - 1)}=v\\ w {column}={length}i,{column}=0.5,{column}=t {length}\n");
        }
    }
}
