package vn.police.grievance.tracking;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A unit's own view (static/don-vi/) opens at its folder's address. */
@Configuration
class UnitPages implements WebMvcConfigurer {

  static final String PATH = "/don-vi/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/don-vi", PATH);
    registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
  }
}
