package vn.police.grievance.tracking;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The application's own pages (a unit's view, static/don-vi/; the answer templates, static/mau-tra-loi/; business data, static/quan-tri/) open at their folder's address. */
@Configuration
class UnitPages implements WebMvcConfigurer {

  static final String PATH = "/don-vi/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/don-vi", PATH);
    registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
    registry.addRedirectViewController("/mau-tra-loi", "/mau-tra-loi/");
    registry.addViewController("/mau-tra-loi/").setViewName("forward:/mau-tra-loi/index.html");
    registry.addRedirectViewController("/quan-tri", "/quan-tri/");
    registry.addViewController("/quan-tri/").setViewName("forward:/quan-tri/index.html");
  }
}
