using System.Text;
using Microsoft.AspNetCore.Http;

namespace TreatyExplainer.Serve;

/// <summary>
/// Answers a request from output/ as Netlify would: the file with its content type, a 301 to add a folder's trailing
/// slash, a redirect from <c>_redirects</c>, or the site's own 404.html with status 404. The reload script is added to HTML as it is sent, so it never
/// reaches output/.
/// </summary>
internal sealed class SiteResponder(string output)
{
    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var path = StaticFiles.Resolve(output, request.Path.Value ?? "/");
        if (path is not null && File.Exists(path) && StaticFiles.NeedsTrailingSlash(request.Path.Value ?? "/", path))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = request.Path.Add(new PathString("/")).ToUriComponent() + request.QueryString.ToUriComponent();
            return;
        }
        var status = StatusCodes.Status200OK;
        if ((path is null || !File.Exists(path)) && NetlifyRedirects.Find(output, request.Path.Value ?? "/") is { } redirect)
        {
            context.Response.StatusCode = redirect.Status;
            context.Response.Headers.Location = redirect.Location;
            return;
        }
        if (path is null || !File.Exists(path))
        {
            path = Path.Combine(output, "404.html");
            status = StatusCodes.Status404NotFound;
            if (!File.Exists(path))
            {
                context.Response.StatusCode = status;
                return;
            }
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = StaticFiles.ContentType(path);
        if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            await context.Response.SendFileAsync(path);
            return;
        }
        var html = await File.ReadAllTextAsync(path);
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        html = end < 0 ? html + LiveReload.ScriptTag : html.Insert(end, LiveReload.ScriptTag + "\n");
        await context.Response.WriteAsync(html, Encoding.UTF8);
    }
}
