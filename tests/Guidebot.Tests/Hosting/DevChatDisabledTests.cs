using System.Net;
using System.Text;
using Guidebot.Tests.Support;

namespace Guidebot.Tests.Hosting;

/// <summary>Outside Development the chat page is off: neither the page nor its endpoints exist.</summary>
public sealed class DevChatDisabledTests(GuidebotFactory factory) : IClassFixture<GuidebotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/devchat.js")]
    public async Task Get_PageFiles_Are404(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/devchat/conversations")]
    [InlineData("/devchat/activities")]
    public async Task Post_Endpoints_Are404(string path)
    {
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), new StringContent("""{"text":"hej"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
