using FluentAssertions;
using NQStream.Sinks.Ilp;
using Xunit;

namespace NQStream.Sinks.Tests.Ilp;

public sealed class IlpSenderOptionsTests
{
    [Fact]
    public void Every_documented_key_is_parsed()
    {
        var o = IlpSenderOptions.Parse(
            "https::addr=db1:9001,db2;addr=[::1]:9002;auto_flush_rows=500;auto_flush_bytes=4096;auto_flush_interval=250;" +
            "retry_timeout=0;request_timeout=2000;request_min_throughput=0;username=u;password=p;;w;init_buf_size=1024;" +
            "max_buf_size=2048;max_name_len=64;protocol_version=2;tls_verify=unsafe_off;auto_flush=on");
        o.Transport.Should().Be(IlpTransportKind.Https);
        o.Addresses.Should().Equal(new IlpEndpoint("db1", 9001), new IlpEndpoint("db2", 9000), new IlpEndpoint("::1", 9002));
        (o.AutoFlushRows, o.AutoFlushBytes, o.AutoFlushInterval).Should().Be((500, 4096, TimeSpan.FromMilliseconds(250)));
        (o.RetryTimeout, o.RequestTimeout, o.RequestMinThroughput).Should().Be((TimeSpan.Zero, TimeSpan.FromSeconds(2), 0));
        (o.Username, o.Password).Should().Be(("u", "p;w"));
        (o.InitBufferSize, o.MaxBufferSize, o.MaxNameLength).Should().Be((1024, 2048, 64));
        o.ProtocolVersion.Should().Be(IlpProtocolVersion.V2);
        o.TlsVerify.Should().BeFalse();
        o.ToString().Should().Contain("password=***").And.NotContain("p;w");
    }

    [Fact]
    public void Defaults_follow_the_schema()
    {
        var http = IlpSenderOptions.Parse("http::");
        (http.Addresses.Single(), http.AutoFlushRows, http.ProtocolVersion).Should().Be((new IlpEndpoint("localhost", 9000), 75_000, (IlpProtocolVersion?)null));
        var tcp = IlpSenderOptions.Parse("tcp::addr=q");
        (tcp.Addresses.Single(), tcp.AutoFlushRows, tcp.ProtocolVersion).Should().Be((new IlpEndpoint("q", 9009), 600, (IlpProtocolVersion?)IlpProtocolVersion.V1));
        var off = IlpSenderOptions.Parse("http::auto_flush_rows=off;auto_flush_interval=off;");
        (off.AutoFlushRows, off.AutoFlushInterval).Should().Be((0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("ws::addr=x", "*offset 0: unknown schema 'ws'*")]
    [InlineData("addr=x", "*offset 0: expected 'schema::key=value;…'*")]
    [InlineData("http::addr=x;bogus=1;", "*offset 13: unknown key 'bogus'*")]
    [InlineData("http::Addr=x", "*offset 6: invalid key 'Addr'*")]
    [InlineData("http::auto_flush_rows=ten", "*offset 6: auto_flush_rows: expected a positive integer or 'off', got 'ten'*")]
    [InlineData("http::auto_flush_interval=-5", "*offset 6: auto_flush_interval: expected milliseconds > 0 or 'off', got '-5'*")]
    [InlineData("http::protocol_version=3", "*offset 6: protocol_version: expected 1, 2 or auto, got '3'*")]
    [InlineData("http::addr=h:99999", "*offset 6: addr: port '99999' in 'h:99999' must be 1-65535*")]
    [InlineData("http::retry_timeout=1;retry_timeout=2", "*offset 22: key 'retry_timeout' given twice*")]
    [InlineData("http::tls_verify=off", "*tls_verify: expected 'on' or 'unsafe_off', got 'off'*")]
    [InlineData("http::init_buf_size=100;max_buf_size=10", "*max_buf_size (10) is smaller than init_buf_size (100)*")]
    [InlineData("http::addr", "*offset 6: expected 'key=value', got 'addr'*")]
    [InlineData("tcp::addr=q;username=k;token=d", "ILP configuration string, offset 23: token: expected the ECDSA P-256 private key 'd' in base64url (43 characters), got text that is not base64")]
    [InlineData("tcp::username=k;token=AAAA", "ILP configuration string, offset 16: token: expected the ECDSA P-256 private key 'd' (32 bytes, 43 base64url characters), got 3 bytes")]
    [InlineData("tcp::username=k;token=__________________________________________8", "ILP configuration string, offset 16: token: expected an ECDSA P-256 private key 'd' (1 <= d < curve order), got a 32-byte value outside that range")]
    [InlineData("tcp::username=k", "*username given without token: TCP authentication needs username (the key id) and token (the ECDSA private key 'd')")]
    [InlineData("tcps::token=5UjEMuA0Pj5pjK8a-fa24dyIf-Es5mYny3oE_Wmus48", "*token given without username*")]
    [InlineData("tcp::username=k;password=p", "*password is not used over TCP*")]
    [InlineData("tcp::auth_timeout=0", "*offset 5: auth_timeout: expected milliseconds > 0, got '0'*")]
    public void Bad_strings_are_rejected_with_a_located_message(string config, string message)
    {
        var act = () => IlpSenderOptions.Parse(config);
        act.Should().Throw<IlpException>().WithMessage(message);
    }

    [Fact]
    public void Tcp_authentication_keys_are_parsed_and_the_private_key_is_never_printed()
    {
        // d as base64url (the JWK form the official clients take) or standard base64 with padding (the .NET client's docs).
        const string d = "5UjEMuA0Pj5pjK8a-fa24dyIf-Es5mYny3oE_Wmus48";
        var o = IlpSenderOptions.Parse($"tcps::addr=db:9009;username=testUser1;token={d};auth_timeout=500;");
        (o.Transport, o.Username, o.Token, o.AuthTimeout).Should().Be((IlpTransportKind.Tcps, "testUser1", d, TimeSpan.FromMilliseconds(500)));
        o.ToString().Should().Contain("username=testUser1;").And.Contain("token=***;").And.Contain("auth_timeout=500;").And.NotContain(d);
        IlpSenderOptions.Parse("tcp::username=a;token=5UjEMuA0Pj5pjK8a+fa24dyIf+Es5mYny3oE/Wmus48=").Token.Should().NotBeNull();
        IlpSenderOptions.Parse("tcp::").AuthTimeout.Should().Be(TimeSpan.FromSeconds(15));

        var bad = () => IlpSenderOptions.Parse("tcp::username=a;token=" + d[..^1]);
        bad.Should().Throw<IlpException>().Which.Message.Should().NotContain(d[..^1]).And.NotContain("\n");
    }
}
