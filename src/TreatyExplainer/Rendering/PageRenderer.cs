using Scriban.Syntax;
using TreatyExplainer.Diagnostics;

namespace TreatyExplainer.Rendering;

/// <summary>Renders a page's layout, then wraps it in the base layout. Template mistakes become diagnostics.</summary>
public sealed class PageRenderer(Theme theme, Func<string, string> href, Func<string, string> relativeToRoot, RenderCache? cache = null)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    // A context per thread, reused page after page: building one clones Scriban's builtins, which costs more
    // than rendering a small page. Each page pushes its variables and pops them again, so nothing leaks across;
    // a page that fails replaces its thread's context (see Render).
    private readonly ThreadLocal<EscapingTemplateContext> _contexts = new(() => Fresh(theme, href));

    /// <summary>Drops cached pages this build did not ask for: pages that changed or went.</summary>
    public void TrimCache() => cache?.Trim(_used.Keys.ToHashSet(StringComparer.Ordinal));

    public RenderedPage? Render(RenderJob job, List<Diagnostic> diagnostics)
    {
        var layout = theme.Find(job.Layout);
        var baseLayout = theme.Find("layouts/base");
        if (layout is null || baseLayout is null)
        {
            var missing = layout is null ? job.Layout : "layouts/base";
            diagnostics.Add(Diagnostic.Error(job.SourcePath, 1, 1, DiagnosticCodes.TemplateError, $"the theme has no template '{missing}.sbn'"));
            return null;
        }
        var fingerprint = cache is null ? null : RenderCache.Fingerprint(theme.Fingerprint, job);
        if (fingerprint is not null)
        {
            _used.TryAdd(fingerprint, 0);
            if (cache!.TryGet(fingerprint, out var known)) return new RenderedPage(job.SitePath, job.SourcePath, known);
        }
        try
        {
            var context = _contexts.Value!;
            context.PushGlobal(job.Variables);
            try
            {
                job.Variables["content"] = new HtmlString(layout.Render(context));
                var html = LangSpans.Wrap(baseLayout.Render(context));
                if (fingerprint is not null) cache!.Add(fingerprint, html);
                return new RenderedPage(job.SitePath, job.SourcePath, html);
            }
            finally
            {
                context.PopGlobal();
            }
        }
        catch (ScriptRuntimeException e)
        {
            // A render that throws leaves its partial output and loop state in the context, and the next page on this
            // thread would inherit them; that page gets a fresh context instead.
            _contexts.Value = Fresh(theme, href);
            var file = relativeToRoot(Path.Combine(theme.Directory, e.Span.FileName ?? job.Layout));
            diagnostics.Add(Diagnostic.Error(file, e.Span.Start.Line + 1, e.Span.Start.Column + 1, DiagnosticCodes.TemplateError,
                $"{e.OriginalMessage} (rendering {job.SitePath})"));
            return null;
        }
    }

    private static EscapingTemplateContext Fresh(Theme theme, Func<string, string> href) => theme.NewContext(theme.Functions(href));
}
