#include "searchd/dispatcher.h"

#include <exception>
#include <string>

#include <xapian.h>

#include "search/search_request.h"
#include "search/shard_set.h"

namespace siaran::searchd {

ApiResponse error_response(ErrorKind kind, std::string_view message) {
  return ApiResponse::json(error_body(kind, message), status_of(kind));
}

Dispatcher::Dispatcher(const Router& router, const CorsPolicy& cors, Metrics& metrics, const RequestLog& log,
                       size_t max_body_bytes)
    : router_(router), cors_(cors), metrics_(metrics), log_(log), max_body_bytes_(max_body_bytes) {}

ApiResponse Dispatcher::handle(ApiRequest& request) const {
  auto started = std::chrono::steady_clock::now();
  std::string label(kUnmatchedRoute);
  ApiResponse response;
  try {
    response = route(request, label);
  } catch (const ApiError& e) {
    response = error_response(e.kind(), e.what());
  } catch (const search::InvalidRequest& e) {
    response = error_response(ErrorKind::BadRequest, e.what());
  } catch (const search::ShardsUnavailable& e) {  // --on-shard-failure error, or no shard up
    response = error_response(ErrorKind::Unavailable, e.what());
  } catch (const std::exception& e) {
    log_.error(std::string(method_name(request.method)) + " " + request.target + ": " + e.what());
    response = error_response(ErrorKind::Internal, "internal error; the request was logged");
  } catch (const Xapian::Error& e) {  // not a std::exception
    log_.error(std::string(method_name(request.method)) + " " + request.target + ": " + e.get_description());
    response = error_response(ErrorKind::Internal, "internal error; the request was logged");
  } catch (...) {
    log_.error(std::string(method_name(request.method)) + " " + request.target + ": unknown exception");
    response = error_response(ErrorKind::Internal, "internal error; the request was logged");
  }
  finish(request, response, label, started);
  return response;
}

ApiResponse Dispatcher::route(ApiRequest& request, std::string& label) const {
  RouteMatch match = router_.match(request.method, request.path());
  if (!match.path_found())
    throw NotFound("no such path: " + quote_text(request.path(), 200) + " (see /api/v1/openapi.json)");
  label = match.pattern;
  request.route = match.pattern;
  if (request.method == Method::Options) return cors_.preflight(request, match.allowed);
  if (!match.route) {
    ApiResponse response = error_response(
        ErrorKind::MethodNotAllowed, std::string(method_name(request.method)) + " is not allowed on " +
                                         match.pattern + "; use " + allow_header(match.allowed));
    std::vector<Method> allowed = match.allowed;
    allowed.push_back(Method::Options);
    response.set_header("Allow", allow_header(allowed));
    return response;
  }
  if (request.body.size() > max_body_bytes_)
    throw PayloadTooLarge("request body is " + std::to_string(request.body.size()) + " bytes; the limit is " +
                          std::to_string(max_body_bytes_));
  request.params = std::move(match.params);
  request.query = QueryString::parse(request.raw_query());
  return match.route->handler(request);
}

ApiResponse Dispatcher::reject(const ApiRequest& request, ErrorKind kind, std::string_view message) const {
  auto started = std::chrono::steady_clock::now();
  ApiResponse response = error_response(kind, message);
  finish(request, response, kUnmatchedRoute, started);
  return response;
}

void Dispatcher::finish(const ApiRequest& request, ApiResponse& response, std::string_view label,
                        std::chrono::steady_clock::time_point started) const {
  cors_.decorate(request, response);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.record(label, response.status, seconds);
  log_.request(method_name(request.method), request.target, response.status, seconds);
}

}  // namespace siaran::searchd
