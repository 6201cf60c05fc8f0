using NQStream.TestSupport;

namespace NQStream.Feeds.Tests.Lobster;

/// <summary>Writes LOBSTER message/orderbook pairs with real LOBSTER names into a fresh temp folder.</summary>
internal static class LobsterFiles
{
    public static (string Message, string Book) Write(string messageCsv, string bookCsv, string date = "2012-06-21", int level = 1, string ticker = "TEST")
    {
        var dir = RepoPaths.NewTempDir("nqstream-lobster");
        var message = Path.Combine(dir, $"{ticker}_{date}_34200000_57600000_message_{level}.csv");
        var book = Path.Combine(dir, $"{ticker}_{date}_34200000_57600000_orderbook_{level}.csv");
        File.WriteAllText(message, messageCsv);
        File.WriteAllText(book, bookCsv);
        return (message, book);
    }
}
