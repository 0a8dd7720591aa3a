namespace TreatyExplainer.BrowserTests;

/// <summary>One page of each type the site has.</summary>
public static class PageTypes
{
    public static readonly TheoryData<string> All =
    [
        "/",
        "/islands/",
        "/islands/iturup/",
        "/people/sergey-lavrov/",
        "/treaties/joint-declaration-1956/",
        "/terms/northern-territories/",
        "/events/sochi-summit-2016/",
        "/sources/kyodo-2016-04-15/",
        "/timeline/",
        "/search/",
        "/a-z/",
        "/about/",
        "/404.html",
    ];
}
