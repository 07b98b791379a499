#include "bench/page_templates.h"

#include <string>
#include <vector>

#include "base/text_util.h"
#include "bench/page_facts.h"
#include "bench/page_filler.h"
#include "bench/rng.h"
#include "bench/windows1252.h"

namespace marketclaims {
namespace {

// A page being written. Filler goes between `before` and `after` until the
// page reaches its size; `filler` writes one section in the template's own
// markup.
struct Draft {
  std::string charset = "utf-8";
  std::string before;
  std::string after;
  std::string (*filler)(Rng* rng, const PageFacts& f) = nullptr;
  bool cagr_years = false;  // some sentence gives the CAGR with its period
  Extraction truth;
};

// ---- small markup helpers -------------------------------------------------

std::string Tag(const char* tag, const std::string& text) {
  return std::string("<") + tag + ">" + Escape(text) + "</" + tag + ">\n";
}

std::string List(const char* tag, const std::vector<std::string>& items) {
  std::string out = std::string("<") + tag + ">\n";
  for (const std::string& item : items) out += "  <li>" + Escape(item) + "</li>\n";
  return out + "</" + tag + ">\n";
}

std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

std::string Percent(Rng* rng, int lo_tenths, int hi_tenths) {
  return FormatNumber(rng->Range(lo_tenths, hi_tenths) / 10.0, 1, false) + "%";
}

std::string Base(const PageFacts& f) { return FormatMoney(f.base, f.style); }
std::string Forecast(const PageFacts& f) { return FormatMoney(f.forecast, f.style); }

// Money with a non-breaking space after the currency, as editors type it.
std::string MoneyNbsp(const Money& m, const MoneyStyle& s) {
  std::string prefix = s.prefix;
  if (!prefix.empty() && prefix.back() == ' ') prefix.pop_back();
  return Escape(prefix) + "&nbsp;" + FormatNumber(m.value, m.decimals, m.grouped) + "&nbsp;" +
         UnitWord(m, s);
}

// "a CAGR of 7.8% from 2025 to 2032" and its many cousins.
std::string CagrPhrase(Rng* rng, const PageFacts& f, Draft* d) {
  std::string r = FormatRate(f);
  std::string s = std::to_string(f.cagr_start);
  std::string e = std::to_string(f.end_year);
  switch (rng->Below(8)) {
    case 0:
      d->cagr_years = true;
      return "a CAGR of " + r + " from " + s + " to " + e;
    case 1:
      d->cagr_years = true;
      return "a CAGR of " + r + " during " + s + "-" + e;
    case 2:
      d->cagr_years = true;
      return "a CAGR of " + r + " between " + s + " and " + e;
    case 3:
      return "a compound annual growth rate (CAGR) of " + r + " over the forecast period";
    case 4:
      d->cagr_years = true;
      return "a CAGR of " + r + " during the forecast period (" + s + "\xE2\x80\x93" + e + ")";
    case 5:
      return "a CAGR of " + r + " during the forecast period";
    case 6:
      d->cagr_years = true;
      return "a CAGR of " + r + " over " + s + "\xE2\x80\x93" + e;
    default:
      return "a CAGR of " + r;
  }
}

// The opening sentence most templates share, in one of several shapes.
std::string LeadSentence(Rng* rng, const PageFacts& f, Draft* d, bool nbsp) {
  std::string base = nbsp ? MoneyNbsp(f.base, f.style) : Escape(Base(f));
  std::string fc = nbsp ? MoneyNbsp(f.forecast, f.style) : Escape(Forecast(f));
  std::string m = Escape(LowerMarket(f));
  std::string by = std::to_string(f.base_year);
  std::string ey = std::to_string(f.end_year);
  std::string cagr = Escape(CagrPhrase(rng, f, d));
  switch (rng->Below(4)) {
    case 0:
      return "The global " + m + " market size was valued at " + base + " in " + by +
             " and is projected to reach " + fc + " by " + ey + ", growing at " + cagr + ".";
    case 1:
      return "The " + m + " market was worth " + base + " in " + by + " and is expected to hit " +
             fc + " by " + ey + ", registering " + cagr + ".";
    case 2:
      return "In " + by + ", the global " + m + " market stood at " + base +
             ". It is anticipated to expand at " + cagr + ", reaching " + fc + " by " + ey + ".";
    default:
      return "Global " + m + " market revenue is forecast to grow from " + base + " in " + by +
             " to " + fc + " by " + ey + ", at " + cagr + ".";
  }
}

// ---- truth ----------------------------------------------------------------

MarketSize SizeTruth(const Money& m, const PageFacts& f, int year, Basis basis) {
  MarketSize s;
  s.value = m.value;
  s.unit = m.billion ? "billion" : "million";
  s.currency = f.style.iso;
  s.year = year;
  s.basis = basis;
  if (f.style.iso == "USD") s.usd = m.value * (m.billion ? 1e9 : 1e6);
  return s;
}

std::string CanonicalRegion(const std::string& name) {
  if (name == "Asia-Pacific" || name == "APAC") return "Asia Pacific";
  if (name == "Middle East and Africa" || name == "MEA") return "Middle East & Africa";
  return name;
}

// Everything except title and faqs, which templates set themselves.
void AddFactsTruth(const PageFacts& f, Draft* d) {
  Extraction& t = d->truth;
  t.market = f.market;
  t.sizes.push_back(SizeTruth(f.base, f, f.base_year, Basis::kActual));
  t.sizes.push_back(SizeTruth(f.forecast, f, f.end_year, Basis::kForecast));
  for (const std::string& p : f.players) t.players.push_back(Player{p});
  for (const SegmentList& s : f.segments) {
    for (const std::string& n : s.names) t.segments.push_back(Segment{AsciiLower(s.label), n});
  }
  for (const std::string& r : f.regions) t.regions.push_back(Region{r, CanonicalRegion(r)});
}

// Called last, once every sentence that mentions the CAGR is written.
void AddCagrTruth(const PageFacts& f, Draft* d) {
  Cagr c;
  c.rate = f.cagr;
  if (d->cagr_years) {
    c.start = f.cagr_start;
    c.end = f.end_year;
  }
  d->truth.cagrs.push_back(c);
}

std::vector<Faq> MakeFaqs(Rng* rng, const PageFacts& f, Draft* d) {
  std::string m = rng->Percent(50) ? LowerMarket(f) : f.market;
  std::vector<Faq> faqs;
  faqs.push_back({rng->Percent(50) ? "What is the size of the " + m + " market?"
                                   : "How big is the " + m + " market?",
                  "The global " + LowerMarket(f) + " market was valued at " + Base(f) + " in " +
                      std::to_string(f.base_year) + " and is expected to reach " + Forecast(f) +
                      " by " + std::to_string(f.end_year) + "."});
  faqs.push_back({rng->Percent(50) ? "What is the growth rate of the " + m + " market?"
                                   : "At what CAGR will the " + m + " market grow?",
                  "The market is projected to grow at " + CagrPhrase(rng, f, d) + "."});
  std::vector<Faq> more = {
      {"Who are the key players in the " + m + " market?",
       "Key companies include " +
           JoinEnglish({f.players[0], f.players[1], f.players[2]}, rng->Percent(50)) + "."},
      {"Which region dominates the " + m + " market?",
       f.regions[0] + " accounted for the largest share in " + std::to_string(f.base_year) + "."},
      {"Which segments are covered in the " + m + " market report?",
       "The report is segmented by " + AsciiLower(f.segments[0].label) + ", " +
           (f.segments.size() > 1 ? AsciiLower(f.segments[1].label) + " and region."
                                  : "region and country.")},
      {"What is the forecast period of the report?",
       "The report covers " + std::to_string(f.cagr_start) + " to " + std::to_string(f.end_year) +
           ", with " + std::to_string(f.base_year) + " as the base year."}};
  for (const Faq& q : rng->Sample(more, rng->Range(2, 4))) faqs.push_back(q);
  d->truth.faqs = faqs;
  return faqs;
}

// ---- shared page furniture ------------------------------------------------

std::string Head(Rng* rng, const std::string& title, const std::string& meta_charset) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + meta_charset +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         Escape(title) + "</title>\n" + StyleElement(rng) + ScriptElement(rng) + "</head>\n";
}

std::string Nav(const PageFacts& f) {
  return "<header class=\"site-header\"><a class=\"logo\" href=\"/\">" + Escape(f.site) +
         "</a>\n<nav><ul class=\"menu\"><li><a href=\"/news\">News</a></li><li><a "
         "href=\"/reports\">Reports</a></li><li><a href=\"/press\">Press Releases</a></li>"
         "<li><a href=\"/contact\">Contact</a></li></ul></nav></header>\n";
}

std::string TocAndAbout(Rng* rng, const PageFacts& f, const char* heading_tag) {
  std::string out = std::string("<") + heading_tag + ">Table of Contents</" + heading_tag + ">\n";
  out += "<ul class=\"toc\">\n";
  for (const std::string& e : TocEntries(rng, f)) out += "  <li>" + Escape(e) + "</li>\n";
  out += "</ul>\n";
  out += std::string("<") + heading_tag + ">About " + Escape(f.publisher) + "</" + heading_tag +
         ">\n" + Tag("p", AboutText(f));
  return out;
}

std::string Footer(Rng* rng, const PageFacts& f) {
  std::string out = "<aside class=\"sidebar\"><h4>Related Reports</h4>\n" +
                    List("ul", RelatedReports(rng, 5)) + "</aside>\n";
  out += "<footer><p>&copy; " + std::to_string(f.base_year + 2) + " " + Escape(f.site) +
         ". All rights reserved. | <a href=\"/privacy\">Privacy Policy</a> | <a "
         "href=\"/terms\">Terms of Use</a></p></footer>\n";
  return out;
}

std::string FillParagraphs(Rng* rng, const PageFacts& f) {
  return Tag("h2", FillerHeading(rng)) + Tag("p", FillerParagraph(rng, f, rng->Range(3, 6))) +
         Tag("p", FillerParagraph(rng, f, rng->Range(2, 5)));
}

std::string FillBoldParagraphs(Rng* rng, const PageFacts& f) {
  return "<p><strong>" + Escape(FillerHeading(rng)) + "</strong></p>\n" +
         "<p style=\"text-align: justify;\">" + Escape(FillerParagraph(rng, f, rng->Range(3, 6))) +
         "</p>\n" + Tag("p", FillerParagraph(rng, f, rng->Range(2, 5)));
}

// ---- the templates ----------------------------------------------------------

// A blog repost of a syndicated report: <h1>, nested <p>, <ul> inside <p>,
// inline styles, &nbsp;, bold pseudo-headings, a stray </body></html>, and a
// numbered FAQ with <h2> questions.
void Repost(Rng* rng, const PageFacts& f, Draft* d) {
  std::string by = std::to_string(f.base_year), ey = std::to_string(f.end_year);
  d->truth.title =
      f.market + " Market Size, Share & Trends Report " + by + "-" + ey + " | " + f.site;
  std::string& b = d->before;
  b = Head(rng, d->truth.title, "<meta charset=\"utf-8\">\n") + "<body class=\"post-template\">\n" +
      "<div id=\"page\">\n" + Nav(f) + "<div class=\"content\"><article class=\"post\">\n";
  b +=
      Tag("h1", "Global " + f.market + " Market Size, Share, Trends and Forecast " + by + "-" + ey);
  b += "<div class=\"entry-meta\">Posted by <a href=\"/author\">" + Escape(f.author) + "</a> on " +
       f.month + " " + std::to_string(f.day) + ", " + std::to_string(f.base_year + 1) + "</div>\n";
  b += "<p style=\"text-align: justify;\"><p><span style=\"font-weight: 400;\">" +
       LeadSentence(rng, f, d, true) + "</span></p></p>\n";
  b += "<p><strong>Market Overview</strong></p>\n";
  b += Tag("p", FillerParagraph(rng, f, 4));
  d->filler = FillBoldParagraphs;

  std::string& a = d->after;
  a += "<p><b>Competitive Landscape</b></p>\n";
  a += "<p>The key players operating in the global " + Escape(LowerMarket(f)) +
       " market include:<ul style=\"list-style-type: disc;\">\n";
  for (const std::string& p : f.players) a += "<li>" + Escape(p) + "</li>\n";
  a += "</ul></p>\n<p><strong>Market Segmentation</strong></p>\n";
  for (const SegmentList& s : f.segments) {
    a += "<p><strong>By " + Escape(s.label) + ":</strong>&nbsp;</p>\n" + List("ul", s.names);
  }
  a += Tag("p", "The " + f.segments[0].names[0] + " segment accounted for the largest share of " +
                    Percent(rng, 250, 550) + " in " + by + ".");
  a += "<p><strong>By Region:</strong></p>\n" + List("ul", f.regions);
  a += "</body></html>\n<!-- end of syndicated content -->\n";
  a += "<h2>Frequently Asked Questions (FAQs)</h2>\n";
  int n = 1;
  for (const Faq& q : MakeFaqs(rng, f, d)) {
    a += Tag("h2", std::to_string(n++) + ". " + q.question) + Tag("p", q.answer);
  }
  a += TocAndAbout(rng, f, "h3") + "</article></div>\n" + Footer(rng, f) +
       "</div>\n</body>\n</html>\n";
  AddFactsTruth(f, d);
}

// A press release: plain paragraphs, facts in prose, no lists, no FAQ.
void PressRelease(Rng* rng, const PageFacts& f, Draft* d) {
  std::string ey = std::to_string(f.end_year);
  d->truth.title = f.market + " Market to Hit " + Forecast(f) + " by " + ey + " | " + f.publisher;
  std::string& b = d->before;
  b = Head(rng, d->truth.title, "<meta charset=\"UTF-8\">\n") + "<body>\n" + Nav(f);
  b += "<div class=\"release\">\n";
  b +=
      Tag("h1", f.market + " Market to Hit " + Forecast(f) + " by " + ey + ", Says " + f.publisher);
  b += "<p class=\"subhead\"><em>" +
       Escape("Demand from " + AsciiLower(f.segments[0].names[0]) +
              " buyers and new entrants reshape the competitive field") +
       "</em></p>\n";
  b += "<p>" + Escape(f.city) + ", " + f.month + " " + std::to_string(f.day) + ", " +
       std::to_string(f.base_year + 1) + " /" + Escape(f.site) + " Newswire/ -- " +
       LeadSentence(rng, f, d, false) + " The findings come from a new report by " +
       Escape(f.publisher) + ".</p>\n";
  d->filler = [](Rng* r, const PageFacts& pf) {
    return Tag("p", FillerParagraph(r, pf, r->Range(3, 6))) +
           (r->Percent(30) ? "<p>Request a sample copy: <a href=\"https://example.com/sample\">"
                             "https://example.com/sample</a></p>\n"
                           : std::string());
  };

  std::string& a = d->after;
  for (const SegmentList& s : f.segments) {
    a += Tag("p", "Based on " + AsciiLower(s.label) + ", the market is segmented into " +
                      JoinEnglish(s.names, true) + ".");
  }
  a += Tag("p", "Geographically, the study covers " + JoinEnglish(f.regions, false) + ".");
  a += Tag("p", "Some of the prominent companies in the " + LowerMarket(f) + " market are " +
                    JoinEnglish(f.players, rng->Percent(50)) + ".");
  a += "<p><b>About " + Escape(f.publisher) + "</b></p>\n" + Tag("p", AboutText(f));
  a += "<p><b>Media Contact</b><br>" + Escape(f.author) + "<br>Phone: +1 555 01" +
       std::to_string(rng->Range(10, 99)) + "<br>Email: press@example.com</p>\n<p>###</p>\n";
  a += "</div>\n" + Footer(rng, f) + "</body>\n</html>\n";
  AddFactsTruth(f, d);
}

// A publisher's report page: a key-value stats block ("Market Size 2024" /
// "USD 4.52 Billion"), Key Takeaways bullets, a scope table, outlook lists.
void Publisher(Rng* rng, const PageFacts& f, Draft* d) {
  std::string by = std::to_string(f.base_year), ey = std::to_string(f.end_year);
  std::string sy = std::to_string(f.cagr_start);
  d->truth.title = f.market + " Market Size & Share Report, " + sy + "-" + ey;
  std::string& b = d->before;
  b = Head(rng, d->truth.title, "<meta charset=\"utf-8\">\n") + "<body>\n" + Nav(f);
  std::string h1 = f.market + " Market Size, Share & Trends Analysis Report";
  for (const SegmentList& s : f.segments)
    h1 += " By " + s.label + " (" + Join(s.names, ", ") + "),";
  h1 += " By Region, And Segment Forecasts, " + sy + " - " + ey;
  b += "<div class=\"report-banner\">\n" + Tag("h1", h1);
  b += "<div class=\"report-meta\"><span>Report ID: RPT-" +
       std::to_string(rng->Range(10000, 99999)) + "</span><span>Published: " + f.month + " " +
       std::to_string(f.base_year + 1) +
       "</span><span>Pages: " + std::to_string(rng->Range(90, 320)) +
       "</span><span>Format: PDF</span></div>\n</div>\n";
  auto stat = [](const std::string& k, const std::string& v) {
    return "  <div class=\"stat\"><div class=\"label\">" + Escape(k) +
           "</div><div class=\"value\">" + Escape(v) + "</div></div>\n";
  };
  d->cagr_years = true;
  b += "<div class=\"stats\">\n" + stat("Market Size " + by, Base(f)) +
       stat("Market Size " + ey, Forecast(f)) +
       stat("CAGR (" + sy + "-" + ey + ")", FormatRate(f)) + stat("Largest Market", f.regions[0]) +
       stat("Fastest Growing Market", f.regions[2]) + "</div>\n";
  const SegmentList& s0 = f.segments[0];
  const SegmentList& s1 = f.segments.size() > 1 ? f.segments[1] : f.segments[0];
  b += "<h2>Key Takeaways</h2>\n<ul>\n";
  b += "<li>" +
       Escape("The global " + LowerMarket(f) + " market was valued at " + Base(f) + " in " + by +
              ".") +
       "</li>\n";
  b += "<li>" +
       Escape(f.regions[0] + " dominated the market with a revenue share of " +
              Percent(rng, 300, 450) + " in " + by + ".") +
       "</li>\n";
  b += "<li>" +
       Escape("By " + AsciiLower(s0.label) + ", the " + s0.names[0] +
              " segment held the largest share of " + Percent(rng, 250, 600) + " in " + by + ".") +
       "</li>\n";
  b += "<li>" +
       Escape("By " + AsciiLower(s1.label) + ", the " + s1.names.back() +
              " segment is expected to grow at the fastest CAGR of " +
              FormatNumber(f.cagr + 1.5 + rng->Range(0, 40) / 10.0, 1, false) +
              "% over the forecast period.") +
       "</li>\n</ul>\n";
  b += Tag("h2", "Market Size & Trends");
  b += "<p>" + LeadSentence(rng, f, d, false) + "</p>\n";
  d->filler = FillParagraphs;

  std::string& a = d->after;
  auto row = [](const std::string& k, const std::string& v) {
    return "<tr><td>" + Escape(k) + "</td><td>" + Escape(v) + "</td></tr>\n";
  };
  std::vector<std::string> labels;
  for (const SegmentList& s : f.segments) labels.push_back(AsciiLower(s.label));
  a += "<h2>Report Scope</h2>\n<table class=\"scope\">\n<tr><th>Report "
       "Attribute</th><th>Details</th></tr>\n";
  a += row("Market size value in " + by, Base(f)) + row("Revenue forecast in " + ey, Forecast(f)) +
       row("Growth rate", "CAGR of " + FormatRate(f) + " from " + sy + " to " + ey) +
       row("Base year for estimation", by) +
       row("Historical data",
           std::to_string(f.base_year - 5) + " - " + std::to_string(f.base_year - 1)) +
       row("Segments covered", Join(labels, ", ") + ", region") +
       row("Key companies profiled", Join(f.players, "; ")) + "</table>\n";
  a += Tag("h2", f.market + " Market Segmentation");
  a += Tag("p",
           "This report forecasts revenue growth at global, regional and country levels and "
           "analyzes the latest trends in each of the sub-segments.");
  std::string unit = f.style.iso + " " + (f.forecast.billion ? "Billion" : "Million");
  std::string span = std::to_string(f.base_year - 5) + " - " + ey;
  for (const SegmentList& s : f.segments) {
    a +=
        Tag("h3", s.label + " Outlook (Revenue, " + unit + ", " + span + ")") + List("ul", s.names);
  }
  a += Tag("h3", "Regional Outlook (Revenue, " + unit + ", " + span + ")") + List("ul", f.regions);
  a += Tag("h2", "Key " + f.market + " Company Insights");
  a += Tag("p", "The following are the leading companies in the " + LowerMarket(f) +
                    " market. These vendors collectively hold the largest market share.") +
       List("ul", f.players);
  a += "<h2>Frequently Asked Questions</h2>\n<div class=\"faq\">\n";
  for (const Faq& q : MakeFaqs(rng, f, d)) {
    a += "<div class=\"faq-item\"><h3 class=\"q\">" + Escape(q.question) +
         "</h3><div class=\"a\"><p>" + Escape(q.answer) + "</p></div></div>\n";
  }
  a += "</div>\n" + TocAndAbout(rng, f, "h2") + Footer(rng, f) + "</body>\n</html>\n";
  AddFactsTruth(f, d);
}

// Segments and players in tables; sizes in one lead paragraph.
void TablePage(Rng* rng, const PageFacts& f, Draft* d) {
  std::string by = std::to_string(f.base_year), ey = std::to_string(f.end_year);
  d->truth.title = f.market + " Market Report " + by + "-" + ey + ": Size, Segments, Companies";
  std::string& b = d->before;
  b = Head(rng, d->truth.title,
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n") +
      "<body>\n" + Nav(f) + "<main>\n";
  b += Tag("h1", f.market + " Market Report");
  b += "<p class=\"lead\">In " + by + ", the " + Escape(LowerMarket(f)) +
       " market generated revenue of " + Escape(Base(f)) +
       ". The market is anticipated to expand at " + Escape(CagrPhrase(rng, f, d)) + ", reaching " +
       Escape(Forecast(f)) + " by " + ey + ".</p>\n";
  b += "<h2>Market Segmentation</h2>\n<table class=\"seg\" border=\"1\">\n<caption>Segmentation of "
       "the " +
       Escape(LowerMarket(f)) +
       " market</caption>\n<thead><tr><th>Segment</th><th>Sub-segments</th>"
       "</tr></thead>\n<tbody>\n";
  for (const SegmentList& s : f.segments) {
    b += "<tr><td>By " + Escape(s.label) + "</td><td>" + Escape(Join(s.names, ", ")) +
         "</td></tr>\n";
  }
  b += "<tr><td>By Region</td><td>" + Escape(Join(f.regions, ", ")) +
       "</td></tr>\n</tbody></table>\n";
  d->filler = FillParagraphs;

  static const std::vector<std::string> kFocus = {"Product innovation", "Geographic expansion",
                                                  "Partnerships",       "Cost leadership",
                                                  "Acquisitions",       "Service contracts"};
  std::string& a = d->after;
  a += "<h2>Competitive Landscape</h2>\n<table class=\"companies\">\n<tr><th>#</th><th>Company</th>"
       "<th>Headquarters</th><th>Key Focus Area</th></tr>\n";
  for (std::size_t i = 0; i < f.players.size(); ++i) {
    a += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + Escape(f.players[i]) + "</td><td>" +
         Escape(rng->Pick(CountryNames())) + "</td><td>" + Escape(rng->Pick(kFocus)) +
         "</td></tr>\n";
  }
  a += "</table>\n" + TocAndAbout(rng, f, "h2") + "</main>\n" + Footer(rng, f) +
       "</body>\n</html>\n";
  AddFactsTruth(f, d);
}

// Markdown pasted into a CMS that wrapped each block in <p>: "## Heading",
// "**Name**", "- item".
void Markdown(Rng* rng, const PageFacts& f, Draft* d) {
  std::string by = std::to_string(f.base_year), ey = std::to_string(f.end_year);
  std::string sy = std::to_string(f.cagr_start);
  d->truth.title = f.market + " Market Analysis " + by + "-" + ey;
  std::string& b = d->before;
  b = Head(rng, d->truth.title, "<meta charset=\"utf-8\">\n") + "<body>\n" + Nav(f) +
      "<div class=\"post-body\">\n";
  b += Tag("p", "# " + f.market + " Market Analysis and Forecast");
  b += Tag("p", "## Market Snapshot");
  d->cagr_years = true;
  b += "<p>**Market size (" + by + "):** " + Escape(Base(f)) + "<br>\n**Forecast (" + ey + "):** " +
       Escape(Forecast(f)) + "<br>\n**CAGR (" + sy + "-" + ey + "):** " + FormatRate(f) + "</p>\n";
  b += "<p>" + LeadSentence(rng, f, d, false) + "</p>\n";
  d->filler = [](Rng* r, const PageFacts& pf) {
    return Tag("p", "## " + FillerHeading(r)) + Tag("p", FillerParagraph(r, pf, r->Range(3, 6)));
  };

  std::string& a = d->after;
  a += Tag("p", "## Key Players");
  static const std::vector<std::string> kBlurb = {
      "broad portfolio and strong distributor network", "focus on premium product lines",
      "recent capacity expansion", "vertically integrated supply chain",
      "strong presence in emerging markets"};
  for (const std::string& p : f.players) a += Tag("p", "* **" + p + "** - " + rng->Pick(kBlurb));
  a += Tag("p", "## Segmentation");
  for (const SegmentList& s : f.segments) {
    a += "<p>**By " + Escape(s.label) + ":**";
    for (const std::string& n : s.names) a += "<br>\n- " + Escape(n);
    a += "</p>\n";
  }
  a += "<p>**By Region:**";
  for (const std::string& r : f.regions) a += "<br>\n- " + Escape(r);
  a += "</p>\n" + Tag("p", "## FAQ");
  int n = 1;
  for (const Faq& q : MakeFaqs(rng, f, d)) {
    a += "<p>**Q" + std::to_string(n++) + ". " + Escape(q.question) + "**<br>\n" +
         Escape(q.answer) + "</p>\n";
  }
  a += "</div>\n" + TocAndAbout(rng, f, "h3") + Footer(rng, f) + "</body>\n</html>\n";
  AddFactsTruth(f, d);
}

// An older European site in windows-1252: layout table, curly quotes, en
// dashes, the euro sign, and a <dl> of questions.
void Windows1252(Rng* rng, const PageFacts& f, Draft* d) {
  std::string by = std::to_string(f.base_year), ey = std::to_string(f.end_year);
  std::string sy = std::to_string(f.cagr_start);
  const char* dash = "\xE2\x80\x93";
  d->charset = "windows-1252";
  d->truth.title = f.market + " Market " + dash + " Outlook " + sy + dash + ey;
  std::string meta =
      rng->Percent(50)
          ? "<meta charset=\"windows-1252\">\n"
          : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n";
  std::string& b = d->before;
  b = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n" + meta +
      "<title>" + Escape(d->truth.title) + "</title>\n" + StyleElement(rng) + "</head>\n" +
      "<body bgcolor=\"#ffffff\">\n<table width=\"100%\" cellpadding=\"4\"><tr><td class=\"nav\">" +
      Escape(f.site) + " | Studies | Contact</td></tr>\n<tr><td class=\"main\">\n";
  b += Tag("h1", f.market + " Market " + dash + " Outlook to " + ey);
  // A non-breaking space (U+00A0) between currency and number, as typed.
  std::string nb = "\xC2\xA0";
  std::string pre = f.style.prefix;
  if (!pre.empty() && pre.back() == ' ') pre.pop_back();
  auto money = [&](const Money& m) {
    return Escape(pre) + nb + FormatNumber(m.value, m.decimals, m.grouped) + " " +
           UnitWord(m, f.style);
  };
  b += "<p>According to " + Escape(f.publisher) + "\xC2\xAE, the \xE2\x80\x9C" +
       Escape(LowerMarket(f)) + "\xE2\x80\x9D market reached " + money(f.base) + " in " + by +
       ". It is forecast to climb to " + money(f.forecast) + " by " + ey + ", at " +
       Escape(CagrPhrase(rng, f, d)) + ".</p>\n";
  d->filler = [](Rng* r, const PageFacts& pf) {
    return Tag("h3", FillerHeading(r)) + "<p>" + Escape(FillerParagraph(r, pf, r->Range(3, 6))) +
           " The publisher\xE2\x80\x99s analysts update this study twice a year.</p>\n";
  };

  std::string& a = d->after;
  a += Tag("h3", "Leading Suppliers") + List("ol", f.players);
  a += Tag("h3", "Segmentation");
  for (const SegmentList& s : f.segments)
    a += "<p><b>By " + Escape(s.label) + "</b></p>\n" + List("ul", s.names);
  a += Tag("h3", "Regional Coverage") + List("ul", f.regions);
  a += "<h3>Questions &amp; Answers</h3>\n<dl>\n";
  for (const Faq& q : MakeFaqs(rng, f, d)) {
    a += "<dt>" + Escape(q.question) + "</dt>\n<dd>" + Escape(q.answer) + "</dd>\n";
  }
  a += "</dl>\n" + TocAndAbout(rng, f, "h3") + "</td></tr></table>\n</body>\n</html>\n";
  AddFactsTruth(f, d);
}

// A site-builder page: no <p> or <h1>, everything in <div>/<span>/<font>,
// <br>-separated lists, FAQ also in JSON-LD.
void DivSoup(Rng* rng, const PageFacts& f, Draft* d) {
  std::string by = std::to_string(f.base_year), ey = std::to_string(f.end_year);
  d->truth.title = f.market + " Market Research Report " + std::to_string(f.base_year + 1);
  std::vector<Faq> faqs = MakeFaqs(rng, f, d);
  std::string ld = "{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"mainEntity\":[";
  for (std::size_t i = 0; i < faqs.size(); ++i) {
    ld += std::string(i ? "," : "") + "{\"@type\":\"Question\",\"name\":\"" + faqs[i].question +
          "\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"" + faqs[i].answer + "\"}}";
  }
  ld += "]}";
  std::string& b = d->before;
  b = "<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + Escape(d->truth.title) + "</title>\n" +
      "<script type=\"application/ld+json\">" + ld + "</script>\n" + ScriptElement(rng) +
      "</head>\n<body>\n<div class=\"wrapper\"><div class=\"row\"><div class=\"col-md-8\">\n";
  b += "<div class=\"title\" style=\"font-size:28px;font-weight:bold\">" + Escape(d->truth.title) +
       "</div>\n";
  auto span_money = [&](const Money& m) {
    std::string pre = f.style.prefix;
    if (!pre.empty() && pre.back() == ' ') pre.pop_back();
    return "<span class=\"cur\">" + Escape(pre) + "</span> <span class=\"num\">" +
           FormatNumber(m.value, m.decimals, m.grouped) + "</span> <span class=\"unit\">" +
           UnitWord(m, f.style) + "</span>";
  };
  b += "<div class=\"text\">The <font color=\"#333333\">" + Escape(LowerMarket(f)) +
       "</font> market is valued at " + span_money(f.base) + " in " + by +
       ".<br><br>It is projected to reach " + span_money(f.forecast) + " by " + ey +
       ", growing at " + Escape(CagrPhrase(rng, f, d)) + ".</div>\n";
  d->filler = [](Rng* r, const PageFacts& pf) {
    return "<div class=\"sub-title\"><b>" + Escape(FillerHeading(r)) +
           "</b></div>\n<div class=\"text\">" + Escape(FillerParagraph(r, pf, r->Range(3, 6))) +
           "</div>\n";
  };

  std::string& a = d->after;
  a += "<div class=\"sub-title\"><b>Top Companies</b></div>\n<div class=\"list\">";
  for (std::size_t i = 0; i < f.players.size(); ++i) a += (i ? "<br>" : "") + Escape(f.players[i]);
  a += "</div>\n<div class=\"sub-title\"><b>Segment Analysis</b></div>\n";
  for (const SegmentList& s : f.segments) {
    a += "<div class=\"text\"><b>By " + Escape(s.label) + ":</b> " + Escape(Join(s.names, ", ")) +
         "</div>\n";
  }
  a += "<div class=\"sub-title\"><b>Regional Analysis</b></div>\n<div class=\"text\">" +
       Escape(Join(f.regions, ", ")) + "</div>\n";
  a += "<div class=\"sub-title\"><b>FAQs</b></div>\n";
  for (const Faq& q : faqs) {
    a += "<div class=\"faq\"><div class=\"q\"><b>Q: " + Escape(q.question) +
         "</b></div><div class=\"a\">A: " + Escape(q.answer) + "</div></div>\n";
  }
  a += "</div></div></div>\n" + TocAndAbout(rng, f, "h3") + Footer(rng, f) + "</body>\n</html>\n";
  AddFactsTruth(f, d);
}

struct Template {
  const char* name;
  void (*render)(Rng* rng, const PageFacts& f, Draft* d);
};

constexpr Template kTemplates[] = {
    {"repost", Repost},    {"press_release", PressRelease}, {"publisher", Publisher},
    {"table", TablePage},  {"markdown", Markdown},          {"windows1252", Windows1252},
    {"div_soup", DivSoup},
};
constexpr int kTemplateCount = sizeof(kTemplates) / sizeof(kTemplates[0]);

}  // namespace

PageGenerator::PageGenerator(uint64_t seed, std::size_t min_bytes, std::size_t max_bytes)
    : seed_(seed),
      min_bytes_(min_bytes),
      max_bytes_(max_bytes < min_bytes ? min_bytes : max_bytes) {}

int PageGenerator::TemplateCount() { return kTemplateCount; }

void PageGenerator::Generate(uint64_t index, GeneratedPage* page) const {
  Rng rng(seed_ * 0x9E3779B97F4A7C15ULL + index * 0xD1B54A32D192ED03ULL + 1);
  const Template& t = kTemplates[index % kTemplateCount];
  PageFacts facts = MakeFacts(&rng);
  if (t.render == Windows1252 && rng.Percent(60)) {
    facts.style = {"\xE2\x82\xAC", "EUR", "million", "billion"};
  }
  Draft d;
  t.render(&rng, facts, &d);
  AddCagrTruth(facts, &d);

  std::size_t target = min_bytes_ + rng.Below(max_bytes_ - min_bytes_ + 1);
  std::string fill;
  std::size_t size = d.before.size() + d.after.size();
  while (size + fill.size() < target) {
    std::string section = d.filler(&rng, facts);
    if (size + fill.size() + section.size() > max_bytes_ && size + fill.size() >= min_bytes_) break;
    fill += section;
  }

  page->template_name = t.name;
  page->charset = d.charset;
  page->html = d.before + fill + d.after;
  if (d.charset == "windows-1252") page->html = Utf8ToWindows1252(page->html);
  page->truth = d.truth;
}

}  // namespace marketclaims
