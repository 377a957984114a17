using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Guidebot.Testing;

/// <summary>Whether a redis-server the tests started answers PING on a loopback port yet.</summary>
public static class RedisPing
{
    public static async Task<bool> AnswersAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[7];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);
            return Encoding.ASCII.GetString(buffer, 0, read) == "+PONG\r\n";
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
