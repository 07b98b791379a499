#include "bench/truth_json.h"

#include "base/json_writer.h"

namespace marketclaims {

std::string TruthJsonLine(const GeneratedPage& page, const std::string& file) {
  const Extraction& t = page.truth;
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("file");
  w.String(file);
  w.Key("template");
  w.String(page.template_name);
  w.Key("charset");
  w.String(page.charset);
  w.Key("bytes");
  w.Int(static_cast<long long>(page.html.size()));
  w.Key("title");
  w.String(t.title);
  w.Key("market");
  w.String(t.market);

  w.Key("sizes");
  w.BeginArray();
  for (const MarketSize& s : t.sizes) {
    w.BeginObject();
    w.Key("value");
    w.Number(s.value);
    w.Key("unit");
    w.String(s.unit);
    w.Key("currency");
    w.String(s.currency);
    w.Key("year");
    w.OptionalInt(s.year);
    w.Key("basis");
    w.String(s.basis == Basis::kForecast ? "forecast" : "actual");
    w.Key("usd");
    w.OptionalNumber(s.usd);
    w.EndObject();
  }
  w.EndArray();

  w.Key("cagrs");
  w.BeginArray();
  for (const Cagr& c : t.cagrs) {
    w.BeginObject();
    w.Key("rate");
    w.Number(c.rate);
    w.Key("start");
    w.OptionalInt(c.start);
    w.Key("end");
    w.OptionalInt(c.end);
    w.EndObject();
  }
  w.EndArray();

  w.Key("segments");
  w.BeginArray();
  for (const Segment& s : t.segments) {
    w.BeginObject();
    w.Key("dimension");
    w.String(s.dimension);
    w.Key("name");
    w.String(s.name);
    w.EndObject();
  }
  w.EndArray();

  w.Key("regions");
  w.BeginArray();
  for (const Region& r : t.regions) {
    w.BeginObject();
    w.Key("name");
    w.String(r.name);
    w.Key("canonical");
    w.String(r.canonical);
    w.EndObject();
  }
  w.EndArray();

  w.Key("players");
  w.BeginArray();
  for (const Player& p : t.players) w.String(p.name);
  w.EndArray();

  w.Key("faqs");
  w.BeginArray();
  for (const Faq& f : t.faqs) {
    w.BeginObject();
    w.Key("question");
    w.String(f.question);
    w.Key("answer");
    w.String(f.answer);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace marketclaims
